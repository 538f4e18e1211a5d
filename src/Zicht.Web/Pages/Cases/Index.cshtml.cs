using Microsoft.AspNetCore.Mvc;
using Zicht.Domain.Registry;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Cases;

/// <summary>The cases in the case worker's scope, by pseudonym; filter by status or find one pseudonym.</summary>
public sealed class IndexModel(CaseQueries cases) : ZichtPageModel
{
    [BindProperty(SupportsGet = true)] public CaseStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Pseudonym { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; }

    public IReadOnlyList<CaseRow> Rows { get; private set; } = [];

    public async Task OnGetAsync() => Rows = await cases.ListAsync(Actor, Status, Pseudonym, PageNumber, HttpContext.RequestAborted);
}
