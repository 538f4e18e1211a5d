using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Zicht.Web.Hosting;
using Zicht.Web.Identity;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Account;

/// <summary>The second step of sign-in for users with an authenticator app (TOTP).</summary>
[EnableRateLimiting(ZichtWebApp.SignInLimit)]
public sealed class LoginTwoFactorModel(SignInManager<ZichtUser> signIn, RegistryWork registry) : ZichtPageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.IsLockedOut)
        {
            Fail("", T["This account is locked for a while after too many failed attempts."]);
            return Page();
        }

        if (!result.Succeeded)
        {
            Fail("", T["That code is not correct."]);
            return Page();
        }

        await LoginModel.AuditSignInAsync(registry, user.UserName!);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
