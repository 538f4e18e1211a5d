using System.Security.Claims;
using Zicht.Domain.Organisations;
using Zicht.Web.Identity;

namespace Zicht.Web.Tests;

/// <summary>The claims of an OpenID Connect sign-in mapped to a Zicht user, or refused with the reason.</summary>
public sealed class OpenIdConnectMappingTests
{
    private static readonly Organisation Police = new(Guid.NewGuid(), "Politie Eenheid Utrecht", OrganisationType.Police, "GM0344");
    private static readonly Organisation Ngo = new(Guid.NewGuid(), "Stichting Hulp", OrganisationType.Ngo);
    private static readonly Organisation[] Organisations = [Police, Ngo, new(Guid.NewGuid(), "Twice", OrganisationType.Other), new(Guid.NewGuid(), "twice", OrganisationType.Other)];
    private static readonly HashSet<string> Municipalities = new(StringComparer.OrdinalIgnoreCase) { "GM0344", "GM0363" };

    private readonly ExternalLoginMapper _mapper = new(new OpenIdConnectSettings { Authority = "https://login.example.test", ClientId = "zicht" });

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "oidc"));

    private ExternalLoginMapping Map(params (string, string)[] claims) => _mapper.Map(Principal(claims), "oidc", Organisations, Municipalities);

    [Fact]
    public void A_known_organisation_and_role_give_a_user_with_those()
    {
        var mapping = Map(("sub", "abc-123"), ("preferred_username", "j.jansen"), ("name", "Jan Jansen"), ("zicht_role", "Signaller"), ("zicht_organisation", Police.Id.ToString()));

        Assert.True(mapping.Accepted);
        var user = mapping.User!;
        Assert.Equal("oidc", user.Provider);
        Assert.Equal("abc-123", user.Subject);
        Assert.Equal("j.jansen", user.UserName);
        Assert.Equal("Jan Jansen", user.DisplayName);
        Assert.Equal([Roles.Signaller], user.Roles);
        Assert.Equal(Police.Id, user.OrganisationId);
        Assert.Null(user.MunicipalityCode);
    }

    [Fact]
    public void The_organisation_may_be_named_and_roles_of_other_applications_are_ignored()
    {
        var mapping = Map(("sub", "s1"), ("email", "a@hulp.example"), ("zicht_role", "mail-user"), ("zicht_role", "caseworker"), ("zicht_role", "Admin"), ("zicht_organisation", "stichting hulp"));

        Assert.True(mapping.Accepted);
        Assert.Equal(Ngo.Id, mapping.User!.OrganisationId);
        Assert.Equal([Roles.CaseWorker, Roles.Admin], mapping.User.Roles);
        Assert.Equal("a@hulp.example", mapping.User.UserName);
    }

    [Fact]
    public void A_municipality_user_gets_the_claimed_municipality_or_else_the_organisations_own()
    {
        var claimed = Map(("sub", "s1"), ("zicht_role", "Municipality"), ("zicht_organisation", Police.Id.ToString()), ("zicht_municipality", "gm0363"));
        Assert.Equal("GM0363", claimed.User!.MunicipalityCode);

        var own = Map(("sub", "s1"), ("zicht_role", "Municipality"), ("zicht_organisation", Police.Id.ToString()));
        Assert.Equal("GM0344", own.User!.MunicipalityCode);
    }

    [Theory]
    [InlineData(ExternalLoginRefusal.NoSubject, null, "Signaller", "police", null)]
    [InlineData(ExternalLoginRefusal.NoRole, "s1", null, "police", null)]
    [InlineData(ExternalLoginRefusal.UnknownRole, "s1", "Superuser", "police", null)]
    [InlineData(ExternalLoginRefusal.NoOrganisation, "s1", "Signaller", null, null)]
    [InlineData(ExternalLoginRefusal.UnknownOrganisation, "s1", "Signaller", "Gemeente Nergenshuizen", null)]
    [InlineData(ExternalLoginRefusal.UnknownOrganisation, "s1", "Signaller", "twice", null)]
    [InlineData(ExternalLoginRefusal.UnknownOrganisation, "s1", "Signaller", "5f0e8b1c-0000-4000-8000-000000000000", null)]
    [InlineData(ExternalLoginRefusal.NoMunicipality, "s1", "Municipality", "ngo", null)]
    [InlineData(ExternalLoginRefusal.UnknownMunicipality, "s1", "CaseWorker", "police", "GM9999")]
    public void Missing_or_unknown_claims_refuse_the_sign_in(ExternalLoginRefusal expected, string? subject, string? role, string? organisation, string? municipality)
    {
        var claims = new List<(string, string)>();
        if (subject is not null)
        {
            claims.Add(("sub", subject));
        }

        if (role is not null)
        {
            claims.Add(("zicht_role", role));
        }

        if (organisation is not null)
        {
            claims.Add(("zicht_organisation", organisation switch { "police" => Police.Id.ToString(), "ngo" => Ngo.Id.ToString(), _ => organisation }));
        }

        if (municipality is not null)
        {
            claims.Add(("zicht_municipality", municipality));
        }

        var mapping = Map([.. claims]);

        Assert.False(mapping.Accepted);
        Assert.Null(mapping.User);
        Assert.Equal(expected, mapping.Refusal);
    }

    [Fact]
    public void The_claim_names_come_from_the_configuration()
    {
        var mapper = new ExternalLoginMapper(new OpenIdConnectSettings { RoleClaim = "groups", OrganisationClaim = "org", UserNameClaim = "upn" });
        var mapping = mapper.Map(Principal(("sub", "s1"), ("upn", "p@x"), ("groups", "Analyst"), ("org", Ngo.Name)), "oidc", Organisations, Municipalities);

        Assert.Equal([Roles.Analyst], mapping.User!.Roles);
        Assert.Equal("p@x", mapping.User.UserName);
        Assert.Equal(ExternalLoginRefusal.NoRole, mapper.Map(Principal(("sub", "s1"), ("zicht_role", "Analyst"), ("org", Ngo.Name)), "oidc", Organisations, Municipalities).Refusal);
    }
}
