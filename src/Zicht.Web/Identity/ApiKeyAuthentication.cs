using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Zicht.Web.Identity;

/// <summary>
/// Authenticates API calls by key (<c>Authorization: Bearer zk_…</c> or <c>X-Api-Key: zk_…</c>) and gives the
/// caller the claims a user of the key's organisation and role has, so every scope check applies unchanged.
/// Only the API's policies name this scheme, and only this scheme: a sign-in cookie never authenticates an API
/// call, so the API has no cross-site request forgery surface and needs no anti-forgery token.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string KeyIdClaim = "zicht:apikey";

    /// <summary>The key text a request presents, or null; also what the rate limiter partitions by.</summary>
    public static string? Presented(HttpRequest request)
    {
        if (request.Headers[HeaderName] is [{ Length: > 0 } key])
        {
            return key.Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Presented(Request) is not { Length: > 0 } presented)
        {
            return AuthenticateResult.NoResult();
        }

        var key = await Context.RequestServices.GetRequiredService<ApiKeyStore>().CheckAsync(presented, Context.RequestAborted);
        if (key is null)
        {
            // Never log the presented text: it may be a real key sent to the wrong place.
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var identity = new ClaimsIdentity(SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Name, key.ActorName));
        identity.AddClaim(new Claim(ClaimTypes.Role, key.Role));
        identity.AddClaim(new Claim(ZichtClaims.Organisation, key.OrganisationId.ToString()));
        if (key.MunicipalityCode is { } m)
        {
            identity.AddClaim(new Claim(ZichtClaims.Municipality, m));
        }

        identity.AddClaim(new Claim(ZichtClaims.DisplayName, key.Name));
        identity.AddClaim(new Claim(KeyIdClaim, key.Id.ToString()));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer realm=\"zicht-api\"";
        var failed = (await HandleAuthenticateOnceSafeAsync()).Failure is not null;
        await Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Unauthorized",
            detail: failed
                ? "The API key is unknown or revoked."
                : $"Send an API key as 'Authorization: Bearer <key>' or '{HeaderName}: <key>'; a sign-in cookie does not authenticate API calls.").ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Results.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Forbidden",
            detail: "This API key's role may not use this endpoint.").ExecuteAsync(Context);
}
