using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Zicht.Domain.Audit;
using Zicht.Web.Hosting;
using Zicht.Web.Identity;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Account;

/// <summary>Sign-in with user name and password; a user with a second factor continues on the next page.</summary>
[EnableRateLimiting(ZichtWebApp.SignInLimit)]
public sealed class LoginModel(SignInManager<ZichtUser> signIn, RegistryWork registry) : ZichtPageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Fail("", T["Fill in your user name and password."]);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginTwoFactor", new { returnUrl = ReturnUrl });
        }

        if (result.IsLockedOut)
        {
            Fail("", T["This account is locked for a while after too many failed attempts."]);
            return Page();
        }

        if (!result.Succeeded)
        {
            Fail("", T["The user name or password is not correct."]);
            return Page();
        }

        await AuditSignInAsync(registry, UserName.Trim());
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    internal static Task AuditSignInAsync(RegistryWork registry, string userName) =>
        registry.AuditAsync(new Actor(userName, new HashSet<string>(), null, null), AuditAction.SignIn, "User", null, null);
}
