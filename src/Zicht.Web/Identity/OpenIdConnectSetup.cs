using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Zicht.Web.Identity;

/// <summary>
/// Wires the OpenID Connect scheme when <see cref="OpenIdConnectSettings"/> is configured. The provider's answer
/// lands in Identity's external cookie; <c>/Account/LoginExternal</c> then maps it to a <see cref="ZichtUser"/>
/// (<see cref="ExternalLoginMapper"/>) and signs in with the application cookie like a password sign-in.
/// </summary>
public static class OpenIdConnectSetup
{
    public const string Scheme = "oidc";

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(OpenIdConnectSettings.Section).Get<OpenIdConnectSettings>() ?? new OpenIdConnectSettings();
        services.AddSingleton(settings);
        services.AddSingleton<ExternalLoginMapper>();
        services.AddScoped<ExternalLoginAccounts>();
        if (!settings.IsConfigured)
        {
            return;
        }

        services.AddAuthentication().AddOpenIdConnect(Scheme, settings.DisplayName, o =>
        {
            o.Authority = settings.Authority;
            o.ClientId = settings.ClientId;
            o.ClientSecret = string.IsNullOrEmpty(settings.ClientSecret) ? null : settings.ClientSecret;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.UsePkce = true;
            o.CallbackPath = settings.CallbackPath;
            o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            o.GetClaimsFromUserInfoEndpoint = true;

            // Tokens are not kept: Zicht needs who the user is, not access to other APIs on their behalf.
            o.SaveTokens = false;

            // Keep the provider's claim names as they are, so the configured claim names match what it sends.
            o.MapInboundClaims = false;
            o.TokenValidationParameters.NameClaimType = settings.UserNameClaim;
            o.TokenValidationParameters.RoleClaimType = settings.RoleClaim;
            o.Scope.Clear();
            o.Scope.Add(OpenIdConnectScope.OpenId);
            o.Scope.Add(OpenIdConnectScope.OpenIdProfile);
            foreach (var scope in (settings.Scopes ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                o.Scope.Add(scope);
            }

            // A refusal or error at the provider (the user cancelled, say) ends on our page with a clear message, not an exception.
            o.Events.OnRemoteFailure = context =>
            {
                context.Response.Redirect("/Account/LoginExternal?handler=Callback&failed=true");
                context.HandleResponse();
                return Task.CompletedTask;
            };

            // Claims that arrive only from the user-info endpoint (roles may be a JSON array).
            o.ClaimActions.MapJsonKey(settings.RoleClaim, settings.RoleClaim);
            o.ClaimActions.MapUniqueJsonKey(settings.OrganisationClaim, settings.OrganisationClaim);
            o.ClaimActions.MapUniqueJsonKey(settings.MunicipalityClaim, settings.MunicipalityClaim);
            o.ClaimActions.MapUniqueJsonKey(settings.UserNameClaim, settings.UserNameClaim);
        });
    }
}
