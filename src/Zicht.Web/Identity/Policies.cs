using Microsoft.AspNetCore.Authorization;

namespace Zicht.Web.Identity;

/// <summary>The authorisation policies pages ask for; each names the roles that meet it.</summary>
public static class Policies
{
    public const string Signal = "Signal";
    public const string Cases = "Cases";
    public const string Figures = "Figures";
    public const string Administer = "Administer";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Signal, p => p.RequireAuthenticatedUser().RequireRole(Roles.Signaller));
        options.AddPolicy(Cases, p => p.RequireAuthenticatedUser().RequireRole(Roles.CaseWorker));
        options.AddPolicy(Figures, p => p.RequireAuthenticatedUser().RequireRole(Roles.Analyst, Roles.Municipality));
        options.AddPolicy(Administer, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
