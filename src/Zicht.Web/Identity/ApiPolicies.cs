using Microsoft.AspNetCore.Authorization;

namespace Zicht.Web.Identity;

/// <summary>
/// The API's policies: the same roles as the pages' policies, but authenticated by API key alone (naming the
/// scheme makes the authorisation step ignore the sign-in cookie).
/// </summary>
public static class ApiPolicies
{
    public const string Signal = "ApiSignal";
    public const string Cases = "ApiCases";
    public const string AnyKey = "ApiAnyKey";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Signal, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser().RequireRole(Roles.Signaller));
        options.AddPolicy(Cases, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser().RequireRole(Roles.CaseWorker));
        options.AddPolicy(AnyKey, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser());
    }
}
