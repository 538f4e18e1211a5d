namespace Zicht.Web.Identity;

/// <summary>
/// The optional sign-in through an OpenID Connect identity provider (configuration section
/// <c>Zicht:OpenIdConnect</c>). Off unless both <see cref="Authority"/> and <see cref="ClientId"/> are set.
/// </summary>
public sealed class OpenIdConnectSettings
{
    public const string Section = "Zicht:OpenIdConnect";

    /// <summary>The provider's issuer address; its discovery document is read from <c>/.well-known/openid-configuration</c>.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>The client secret; empty for a public client (the flow always uses PKCE).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The provider's name on the sign-in page: "Inloggen met …" / "Sign in with …".</summary>
    public string DisplayName { get; set; } = "OpenID Connect";

    /// <summary>The claim that carries the user's Zicht role(s): Signaller, CaseWorker, Analyst, Municipality or Admin.</summary>
    public string RoleClaim { get; set; } = "zicht_role";

    /// <summary>The claim that names the user's organisation: its id in the registry, or its exact name.</summary>
    public string OrganisationClaim { get; set; } = "zicht_organisation";

    /// <summary>The claim that limits a user's work to one municipality (CBS code such as GM0363); optional but for the Municipality role.</summary>
    public string MunicipalityClaim { get; set; } = "zicht_municipality";

    /// <summary>The claim that gives the user name in Zicht; else the e-mail address, else the subject.</summary>
    public string UserNameClaim { get; set; } = "preferred_username";

    /// <summary>Scopes asked for besides <c>openid</c> and <c>profile</c>, separated by spaces.</summary>
    public string? Scopes { get; set; }

    /// <summary>Where the provider sends the browser back to; register it with the provider.</summary>
    public string CallbackPath { get; set; } = "/signin-oidc";

    /// <summary>Refuse a provider whose metadata is not served over HTTPS (only a local test provider may turn this off).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
