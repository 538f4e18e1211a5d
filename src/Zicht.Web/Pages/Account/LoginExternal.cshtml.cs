using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Zicht.Domain.Audit;
using Zicht.Domain.Organisations;
using Zicht.Web.Hosting;
using Zicht.Web.Identity;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Account;

/// <summary>
/// Sign-in through the configured OpenID Connect provider: the post starts it, the callback maps the provider's
/// claims to a Zicht user (created at the first sign-in) or says clearly why not. Not found when not configured.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(ZichtWebApp.SignInLimit)]
public sealed class LoginExternalModel(
    SignInManager<ZichtUser> signIn,
    OpenIdConnectSettings settings,
    ExternalLoginMapper mapper,
    ExternalLoginAccounts accounts,
    RegistryWork registry,
    MunicipalityDirectory municipalities) : ZichtPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the sign-in was refused, in the user's language.</summary>
    public string? Refusal { get; private set; }

    /// <summary>Where to continue after a successful sign-in (a local address).</summary>
    public string? Continue { get; private set; }

    public string ProviderName => settings.DisplayName;

    public IActionResult OnGet() => settings.IsConfigured ? RedirectToPage("/Account/Login") : NotFound();

    public IActionResult OnPost()
    {
        if (!settings.IsConfigured)
        {
            return NotFound();
        }

        var callback = Url.Page("/Account/LoginExternal", "Callback", new { returnUrl = LocalReturnUrl });
        var properties = signIn.ConfigureExternalAuthenticationProperties(OpenIdConnectSetup.Scheme, callback);
        return Challenge(properties, OpenIdConnectSetup.Scheme);
    }

    public async Task<IActionResult> OnGetCallbackAsync(bool failed = false)
    {
        if (!settings.IsConfigured)
        {
            return NotFound();
        }

        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        if (failed || !external.Succeeded || external.Principal is null)
        {
            Refusal = T.Format("The sign-in with {0} did not come through. Try again, or sign in with your user name and password.", settings.DisplayName);
            return Page();
        }

        // The provider's answer is needed only for this request: drop it whatever happens next.
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);

        var organisations = await registry.ReadAsync<IReadOnlyList<Organisation>>(async db => await db.Organisations.ToListAsync());
        var codes = (await municipalities.AllAsync()).Select(m => m.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var mapping = mapper.Map(external.Principal, OpenIdConnectSetup.Scheme, organisations, codes);
        if (mapping.User is not { } user)
        {
            Refusal = Explain(mapping.Refusal!.Value, mapping.Value);
            return Page();
        }

        var account = await accounts.FindOrCreateAsync(user);
        if (account.User is null)
        {
            Refusal = Explain(account.Refusal!.Value, account.Refusal == ExternalLoginRefusal.UserNameTaken ? user.UserName : account.Detail);
            return Page();
        }

        if (account.Created)
        {
            await registry.AuditAsync(new Actor(user.UserName, new HashSet<string>(), null, null), AuditAction.Create, "User", null, null, $"{user.UserName} as {string.Join(", ", user.Roles)} through {settings.DisplayName}");
        }

        var result = await signIn.ExternalLoginSignInAsync(user.Provider, user.Subject, isPersistent: false, bypassTwoFactor: false);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginTwoFactor", new { returnUrl = LocalReturnUrl });
        }

        if (result.IsLockedOut)
        {
            Refusal = T["This account is locked for a while after too many failed attempts."];
            return Page();
        }

        if (!result.Succeeded)
        {
            Refusal = T.Format("The sign-in with {0} did not come through. Try again, or sign in with your user name and password.", settings.DisplayName);
            return Page();
        }

        await LoginModel.AuditSignInAsync(registry, user.UserName);

        // The provider sent the browser here from another site, so a strict sign-in cookie is not sent on a
        // redirect yet: the page itself moves on (a refresh from our own page), with a link as well.
        Continue = LocalReturnUrl;
        return Page();
    }

    private string LocalReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";

    private string Explain(ExternalLoginRefusal why, string? value) => why switch
    {
        ExternalLoginRefusal.NoSubject => T.Format("{0} did not send who you are (the claim 'sub' is missing).", settings.DisplayName),
        ExternalLoginRefusal.NoRole => T.Format("{0} did not send a role for Zicht (the claim '{1}' is missing). Ask your administrator to give you one.", settings.DisplayName, value),
        ExternalLoginRefusal.UnknownRole => T.Format("{0} sent no role that Zicht knows (it sent: {1}). The roles of Zicht are Signaller, CaseWorker, Analyst, Municipality and Admin.", settings.DisplayName, value),
        ExternalLoginRefusal.NoOrganisation => T.Format("{0} did not send your organisation (the claim '{1}' is missing).", settings.DisplayName, value),
        ExternalLoginRefusal.UnknownOrganisation => T.Format("The organisation '{1}' that {0} sent is not known in Zicht. Ask an administrator of Zicht to register it.", settings.DisplayName, value),
        ExternalLoginRefusal.NoMunicipality => T.Format("A municipality user needs a municipality, and {0} sent none (the claim '{1}' is missing).", settings.DisplayName, value),
        ExternalLoginRefusal.UnknownMunicipality => T.Format("The municipality code '{1}' that {0} sent is not a current CBS municipality code.", settings.DisplayName, value),
        ExternalLoginRefusal.UserNameTaken => T.Format("The user name '{0}' already belongs to an account of Zicht itself; an administrator must resolve this.", value),
        _ => T.Format("Zicht could not make an account for this sign-in: {0}", value),
    };
}
