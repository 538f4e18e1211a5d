using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Zicht.Web.Pages;

/// <summary>The language switch in the header: stores the choice in a cookie and returns to the page.</summary>
public sealed class LanguageModel : ZichtPageModel
{
    public IActionResult OnGet() => Redirect("/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var chosen = culture is "en-GB" ? "en-GB" : "nl-NL";
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
