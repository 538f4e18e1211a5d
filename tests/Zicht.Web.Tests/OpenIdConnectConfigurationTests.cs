using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zicht.Web.Identity;

namespace Zicht.Web.Tests;

/// <summary>
/// OpenID Connect sign-in is off unless configured; configured, it wires the scheme and the sign-in page offers it,
/// and the account behind an external sign-in is created once and follows the provider's roles. A full round trip
/// needs an identity provider, which these tests do not fake.
/// </summary>
public sealed class OpenIdConnectConfigurationTests(HostFixture plain, OpenIdConnectConfigurationTests.ConfiguredHost configured)
    : IClassFixture<HostFixture>, IClassFixture<OpenIdConnectConfigurationTests.ConfiguredHost>
{
    public sealed class ConfiguredHost : IAsyncLifetime
    {
        public ZichtWebFactory Factory { get; } = new(persons: 20, settings: new Dictionary<string, string?>
        {
            ["Zicht:OpenIdConnect:Authority"] = "https://login.example.test/realms/zicht",
            ["Zicht:OpenIdConnect:ClientId"] = "zicht-registry",
            ["Zicht:OpenIdConnect:ClientSecret"] = "not-a-real-secret",
            ["Zicht:OpenIdConnect:DisplayName"] = "Ketenlogin",
            ["Zicht:OpenIdConnect:RoleClaim"] = "groups",
        });

        public ValueTask InitializeAsync()
        {
            _ = Factory.Server;
            return ValueTask.CompletedTask;
        }

        public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
    }

    [Fact]
    public async Task Without_configuration_there_is_no_scheme_no_button_and_no_external_sign_in_page()
    {
        var schemes = plain.Factory.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        Assert.Null(await schemes.GetSchemeAsync(OpenIdConnectSetup.Scheme));

        using var session = new WebSession(plain.Factory);
        var login = await session.GetAsync("/Account/Login");
        Assert.DoesNotContain("Inloggen met", login.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/Account/LoginExternal", login.Html, StringComparison.Ordinal);

        var post = await session.PostAsync("/Account/Login", new(), "/Account/LoginExternal");
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
    }

    [Fact]
    public async Task With_configuration_the_scheme_is_wired_and_the_sign_in_page_offers_the_provider()
    {
        var schemes = configured.Factory.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        var scheme = await schemes.GetSchemeAsync(OpenIdConnectSetup.Scheme);
        Assert.NotNull(scheme);
        Assert.Equal(typeof(OpenIdConnectHandler), scheme.HandlerType);
        Assert.Equal("Ketenlogin", scheme.DisplayName);

        var options = configured.Factory.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectSetup.Scheme);
        Assert.Equal("https://login.example.test/realms/zicht", options.Authority);
        Assert.Equal("zicht-registry", options.ClientId);
        Assert.Equal(IdentityConstants.ExternalScheme, options.SignInScheme);
        Assert.Equal("code", options.ResponseType);
        Assert.True(options.UsePkce);
        Assert.False(options.SaveTokens);
        Assert.Equal("groups", options.TokenValidationParameters.RoleClaimType);

        using var session = new WebSession(configured.Factory);
        var login = await session.GetAsync("/Account/Login");
        Assert.Contains("Inloggen met Ketenlogin", login.Text, StringComparison.Ordinal);
        Assert.Contains("action=\"/Account/LoginExternal\"", login.Html, StringComparison.Ordinal);

        // The password form stays, and stays the only primary action.
        Assert.Contains("id=\"Password\"", login.Html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(login.Html, "utrecht-button--primary-action"));
    }

    [Fact]
    public async Task A_callback_without_the_providers_answer_says_the_sign_in_did_not_come_through()
    {
        using var session = new WebSession(configured.Factory);
        var page = await session.GetAsync("/Account/LoginExternal?handler=Callback");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Het inloggen met Ketenlogin is niet gelukt", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_account_of_an_external_sign_in_is_created_once_and_follows_the_providers_roles()
    {
        var organisation = Guid.NewGuid();
        await using (var db = configured.Factory.Services.GetRequiredService<Zicht.Data.Storage.ZichtDatabase>().CreateContext())
        {
            organisation = db.Organisations.First(o => o.Type == Zicht.Domain.Organisations.OrganisationType.Ngo).Id;
        }

        var subject = Guid.NewGuid().ToString("N");
        var first = new ExternalUser("oidc", subject, "ext." + subject[..8], "Extern Persoon", [Roles.Signaller], organisation, null);
        ZichtUser created;
        using (var scope = configured.Factory.Services.CreateScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<ExternalLoginAccounts>().FindOrCreateAsync(first);
            Assert.True(outcome.Created);
            created = outcome.User!;
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ZichtUser>>();
            Assert.Equal([Roles.Signaller], await users.GetRolesAsync(created));
            Assert.Equal(organisation, created.OrganisationId);
            Assert.False(await users.HasPasswordAsync(created));
        }

        using (var scope = configured.Factory.Services.CreateScope())
        {
            var again = await scope.ServiceProvider.GetRequiredService<ExternalLoginAccounts>().FindOrCreateAsync(first with { Roles = [Roles.CaseWorker], MunicipalityCode = "GM0363" });
            Assert.False(again.Created);
            Assert.Equal(created.Id, again.User!.Id);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ZichtUser>>();
            Assert.Equal([Roles.CaseWorker], await users.GetRolesAsync(again.User));
            Assert.Equal("GM0363", (await users.FindByIdAsync(created.Id))!.MunicipalityCode);
        }
    }

    [Fact]
    public async Task An_external_sign_in_never_takes_over_a_local_account_of_the_same_name()
    {
        using var scope = configured.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ZichtUser>>();
        var before = users.Users.Count();
        var outcome = await scope.ServiceProvider.GetRequiredService<ExternalLoginAccounts>()
            .FindOrCreateAsync(new ExternalUser("oidc", Guid.NewGuid().ToString("N"), "casemanager", "Someone else", [Roles.Admin], Guid.NewGuid(), null));

        Assert.Null(outcome.User);
        Assert.Equal(ExternalLoginRefusal.UserNameTaken, outcome.Refusal);
        Assert.Equal(before, users.Users.Count());
        Assert.DoesNotContain(Roles.Admin, await users.GetRolesAsync((await users.FindByNameAsync("casemanager"))!));
    }
}
