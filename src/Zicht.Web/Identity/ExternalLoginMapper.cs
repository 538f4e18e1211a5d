using System.Security.Claims;
using Zicht.Domain.Organisations;

namespace Zicht.Web.Identity;

/// <summary>
/// Maps the claims of an OpenID Connect sign-in to a Zicht user: the role(s) from the role claim, the organisation
/// from the organisation claim (its id in the registry or its exact name), the municipality from the municipality
/// claim or, for a municipality user, the organisation's own. Anything missing or unknown refuses the sign-in:
/// a user without a clear scope must not get one by default.
/// </summary>
public sealed class ExternalLoginMapper(OpenIdConnectSettings settings)
{
    public ExternalLoginMapping Map(ClaimsPrincipal principal, string provider, IReadOnlyCollection<Organisation> organisations, IReadOnlySet<string> municipalityCodes)
    {
        var subject = Value(principal, "sub") ?? Value(principal, ClaimTypes.NameIdentifier);
        if (subject is null)
        {
            return ExternalLoginMapping.Refuse(ExternalLoginRefusal.NoSubject);
        }

        var claimed = principal.FindAll(settings.RoleClaim).Select(c => c.Value.Trim()).Where(v => v.Length > 0).ToList();
        if (claimed.Count == 0)
        {
            return ExternalLoginMapping.Refuse(ExternalLoginRefusal.NoRole, settings.RoleClaim);
        }

        // Providers often send roles of other applications too: only Zicht's count, and at least one must be there.
        var roles = Roles.All.Where(r => claimed.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        if (roles.Count == 0)
        {
            return ExternalLoginMapping.Refuse(ExternalLoginRefusal.UnknownRole, string.Join(", ", claimed));
        }

        var organisationClaim = Value(principal, settings.OrganisationClaim);
        if (organisationClaim is null)
        {
            return ExternalLoginMapping.Refuse(ExternalLoginRefusal.NoOrganisation, settings.OrganisationClaim);
        }

        var organisation = FindOrganisation(organisationClaim, organisations);
        if (organisation is null)
        {
            return ExternalLoginMapping.Refuse(ExternalLoginRefusal.UnknownOrganisation, organisationClaim);
        }

        var municipality = Value(principal, settings.MunicipalityClaim)?.ToUpperInvariant();
        if (municipality is not null && !municipalityCodes.Contains(municipality))
        {
            return ExternalLoginMapping.Refuse(ExternalLoginRefusal.UnknownMunicipality, municipality);
        }

        if (roles.Contains(Roles.Municipality))
        {
            municipality ??= organisation.MunicipalityCode;
            if (municipality is null)
            {
                return ExternalLoginMapping.Refuse(ExternalLoginRefusal.NoMunicipality, settings.MunicipalityClaim);
            }
        }

        var userName = Value(principal, settings.UserNameClaim) ?? Value(principal, "email") ?? subject;
        var displayName = Value(principal, "name") ?? userName;
        return ExternalLoginMapping.Accept(new ExternalUser(provider, subject, userName, displayName, roles, organisation.Id, municipality));
    }

    private static Organisation? FindOrganisation(string claim, IReadOnlyCollection<Organisation> organisations)
    {
        if (Guid.TryParse(claim, out var id))
        {
            return organisations.FirstOrDefault(o => o.Id == id);
        }

        // By name only when the name is unambiguous.
        var named = organisations.Where(o => string.Equals(o.Name, claim, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    private static string? Value(ClaimsPrincipal principal, string type) =>
        principal.FindFirst(type)?.Value.Trim() is { Length: > 0 } v ? v : null;
}
