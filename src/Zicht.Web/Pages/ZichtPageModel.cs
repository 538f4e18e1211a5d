using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zicht.Web.Localisation;
using Zicht.Web.Services;

namespace Zicht.Web.Pages;

/// <summary>What every page model shares: the acting user, field-level errors and a notice shown after a redirect.</summary>
public abstract class ZichtPageModel : PageModel
{
    protected Actor Actor => Actor.From(User);

    protected Strings T => HttpContext.RequestServices.GetRequiredService<Strings>();

    /// <summary>Messages per field name; "" holds a message for the whole form.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [TempData]
    public string? Notice { get; set; }

    protected void Fail(string field, string message) => Errors[field] = message;
}
