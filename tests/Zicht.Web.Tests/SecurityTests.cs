using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Domain.Audit;

namespace Zicht.Web.Tests;

/// <summary>Headers, anti-forgery, sign-in limits and lockout, and production's refusal to start without keys.</summary>
public sealed class SecurityTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Every_response_carries_a_strict_content_security_policy_and_the_usual_headers()
    {
        using var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var path in new[] { "/Account/Login", "/", "/css/zicht.css" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", string.Join("", response.Headers.GetValues("X-Frame-Options")));
            Assert.Equal("no-referrer", string.Join("", response.Headers.GetValues("Referrer-Policy")));
        }
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style()
    {
        using var session = await WebSession.SignedInAsync(host.Factory, "signaller.politie");
        var page = await session.GetAsync("/Signals/New");
        Assert.DoesNotContain("<script", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", page.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_form_post_without_its_anti_forgery_token_is_refused()
    {
        using var session = await WebSession.SignedInAsync(host.Factory, "signaller.politie");
        await using var db = host.Database.CreateContext();
        var before = await db.Signals.CountAsync();

        var forged = await session.PostRawAsync("/Signals/New", SignalTests.Minimal(), token: null);

        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Equal(before, await db.Signals.CountAsync());
    }

    [Fact]
    public async Task An_account_locks_after_five_wrong_passwords_and_a_successful_sign_in_is_audited()
    {
        using var session = new WebSession(host.Factory);
        for (var i = 0; i < 5; i++)
        {
            var wrong = await session.SignInAsync("analyst", "NotThePassword123");
            Assert.Equal(HttpStatusCode.OK, wrong.Status);
        }

        var locked = await session.SignInAsync("analyst", host.Factory.Credentials.For("analyst").Password);
        Assert.Equal(HttpStatusCode.OK, locked.Status);
        Assert.Contains("geblokkeerd", locked.Text, StringComparison.Ordinal);

        var ok = await session.SignInAsync("admin", host.Factory.Credentials.For("admin").Password);
        Assert.Equal(HttpStatusCode.Redirect, ok.Status);
        await using var db = host.Database.CreateContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.SignIn && e.Actor == "admin"));
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_client()
    {
        await using var limited = new ZichtWebFactory(persons: 5, settings: new Dictionary<string, string?> { ["Zicht:SignInAttemptsPerMinute"] = "3" });
        using var session = new WebSession(limited);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await session.SignInAsync("admin", "Wrong-password-1")).Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Production_configuration_without_keys_refuses_to_start_and_makes_no_demo_users()
    {
        var database = Path.Combine(Directory.CreateTempSubdirectory("zicht-web-prod-").FullName, "zicht.db");
        await using var production = new ProductionFactory(database);
        var e = Assert.ThrowsAny<Exception>(() => production.Server);
        Assert.Contains("ZICHT_ENCRYPTION_KEY", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_configuration_with_keys_starts_without_demo_users_or_synthetic_data()
    {
        var database = Path.Combine(Directory.CreateTempSubdirectory("zicht-web-prod-").FullName, "zicht.db");
        await using var production = new ProductionFactory(database, withKeys: true);
        // Production sets secure cookies only: talk to it over https.
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        using var login = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Empty(production.Services.GetRequiredService<Hosting.DemoCredentials>().All);
        await using var db = production.Services.GetRequiredService<Data.Storage.ZichtDatabase>().CreateContext();
        Assert.Equal(0, await db.Persons.CountAsync());
        Assert.DoesNotContain("Demo", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_behind_a_TLS_proxy_serves_its_forms_securely_once_forwarded_headers_are_on()
    {
        // The proxy speaks plain http to the app and says in X-Forwarded-Proto what the browser used.
        using var login = await ThroughProxyAsync(forwardedHeaders: true);

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.True(login.Headers.Contains("Strict-Transport-Security"), "HSTS goes out for the browser's https request");
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Production_behind_a_TLS_proxy_without_forwarded_headers_cannot_serve_a_form()
    {
        // Why the docs ask for ASPNETCORE_FORWARDEDHEADERS_ENABLED: the request looks like plain http, and secure
        // anti-forgery cookies are refused on it.
        var e = await Assert.ThrowsAnyAsync<Exception>(() => ThroughProxyAsync(forwardedHeaders: false));
        Assert.Contains("not an SSL request", e.ToString(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> ThroughProxyAsync(bool forwardedHeaders)
    {
        var database = Path.Combine(Directory.CreateTempSubdirectory("zicht-web-prod-").FullName, "zicht.db");
        await using var production = new ProductionFactory(database, withKeys: true, forwardedHeaders);
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://zicht.example") });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Account/Login", UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        await response.Content.LoadIntoBufferAsync(TestContext.Current.CancellationToken);
        return response;
    }

    /// <summary>The application as production runs it: environment Production, no demo switch.</summary>
    private sealed class ProductionFactory(string database, bool withKeys = false, bool forwardedHeaders = false) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            // What ASPNETCORE_FORWARDEDHEADERS_ENABLED=true sets.
            builder.UseSetting("FORWARDEDHEADERS_ENABLED", forwardedHeaders ? "true" : "false");
            builder.UseSetting("Zicht:Database", database);
            // An empty value overrides a key the developer's environment may hold.
            builder.UseSetting("ZICHT_ENCRYPTION_KEY", withKeys ? Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)) : "");
            builder.UseSetting("ZICHT_PSEUDONYM_KEY", withKeys ? Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)) : "");
        }
    }
}
