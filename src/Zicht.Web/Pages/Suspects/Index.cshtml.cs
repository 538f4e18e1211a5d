using Microsoft.AspNetCore.Mvc;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Suspects;

/// <summary>The suspects, by pseudonym.</summary>
public sealed class IndexModel(SuspectRegister suspects) : ZichtPageModel
{
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; }

    public IReadOnlyList<SuspectRow> Rows { get; private set; } = [];

    public async Task OnGetAsync() => Rows = await suspects.ListAsync(Actor, PageNumber, HttpContext.RequestAborted);
}
