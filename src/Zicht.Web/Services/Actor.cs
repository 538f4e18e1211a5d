using System.Security.Claims;
using Zicht.Web.Identity;

namespace Zicht.Web.Services;

/// <summary>Who acts, with their roles and scope: what every service takes, whether called from a page or an API.</summary>
public sealed record Actor(string UserName, IReadOnlySet<string> Roles, Guid? OrganisationId, string? MunicipalityCode)
{
    /// <summary>The name the audit trail records.</summary>
    public string AuditName => UserName;

    public bool IsIn(string role) => Roles.Contains(role);

    public static Actor From(ClaimsPrincipal principal)
    {
        var name = principal.Identity?.Name ?? throw new InvalidOperationException("No signed-in user.");
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var org = principal.FindFirst(ZichtClaims.Organisation)?.Value is { } o && Guid.TryParse(o, out var g) ? g : (Guid?)null;
        return new Actor(name, roles, org, principal.FindFirst(ZichtClaims.Municipality)?.Value);
    }
}
