using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Zicht.Domain;
using Zicht.Web.Hosting;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Cases;

/// <summary>Break the glass: open a case outside one's scope for a limited time, with a stated reason, flagged in the audit trail.</summary>
public sealed class BreakGlassModel(CaseQueries cases, CaseCommands commands, IOptions<ZichtWebOptions> options) : ZichtPageModel
{
    [BindProperty] public string? Reason { get; set; }

    public Guid Id { get; private set; }
    public int Minutes => options.Value.BreakGlassMinutes;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Id = id;
        var access = await cases.AccessAsync(Actor, id);
        return access switch
        {
            CaseAccess.InScope or CaseAccess.BrokenGlass => RedirectToPage("/Cases/Details", new { id }),
            CaseAccess.NotFound => NotFound(),
            CaseAccess.Refused => Forbid(),
            _ => Page(),
        };
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        Id = id;
        try
        {
            await commands.BreakGlassAsync(Actor, id, Reason ?? "");
        }
        catch (DomainException)
        {
            Fail(nameof(Reason), T["State why you need this case: at least ten characters."]);
            return Page();
        }

        return RedirectToPage("/Cases/Details", new { id });
    }
}
