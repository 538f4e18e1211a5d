using Microsoft.AspNetCore.Mvc;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Cases;

/// <summary>What a case page does when the user may not simply open the case.</summary>
internal static class CaseGate
{
    /// <summary>Null when the page may go on; else the answer: not found, refused, or the break-the-glass page.</summary>
    public static IActionResult? Check(Microsoft.AspNetCore.Mvc.RazorPages.PageModel page, CaseAccess access, Guid id) => access switch
    {
        CaseAccess.InScope or CaseAccess.BrokenGlass => null,
        CaseAccess.NeedsBreakGlass => page.RedirectToPage("/Cases/BreakGlass", new { id }),
        CaseAccess.NotFound => page.NotFound(),
        _ => page.Forbid(),
    };
}
