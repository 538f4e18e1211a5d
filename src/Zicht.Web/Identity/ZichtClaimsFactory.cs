using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Zicht.Web.Identity;

/// <summary>Puts the user's organisation and municipality into the sign-in cookie, so scope checks need no lookup.</summary>
public sealed class ZichtClaimsFactory(UserManager<ZichtUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ZichtUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ZichtUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.OrganisationId is { } org)
        {
            identity.AddClaim(new Claim(ZichtClaims.Organisation, org.ToString()));
        }

        if (user.MunicipalityCode is { } m)
        {
            identity.AddClaim(new Claim(ZichtClaims.Municipality, m));
        }

        identity.AddClaim(new Claim(ZichtClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
