using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Data.Storage;
using Zicht.Domain.Audit;
using Zicht.Web.Identity;

namespace Zicht.Web.Tests;

/// <summary>What surrounds the API: rate limits, the OpenAPI document, the offline reference page, the key administration, both providers.</summary>
public sealed partial class ApiSurfaceTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Calls_beyond_the_keys_rate_limit_get_429_with_retry_after_and_other_keys_go_on()
    {
        await using var limited = new ZichtWebFactory(persons: 5, settings: new Dictionary<string, string?> { ["Zicht:Api:RequestsPerMinute"] = "3" });
        var key = await ApiFixture.IssueAsync(limited, Roles.Signaller, ApiFixture.Police);
        var other = await ApiFixture.IssueAsync(limited, Roles.Signaller, ApiFixture.Police);
        using var client = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last?.Dispose();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/signals");
            request.Headers.Add(ApiKeyAuthentication.HeaderName, key);
            last = await client.SendAsync(request);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        last.Dispose();

        using var second = new HttpRequestMessage(HttpMethod.Get, "/api/v1/signals");
        second.Headers.Authorization = new("Bearer", other);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(second)).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_lists_every_api_endpoint_with_the_key_schemes()
    {
        using var client = host.Factory.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        var endpoints = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Path: Constraint().Replace(e.RoutePattern.RawText!.TrimEnd('/'), "{$1}"), Method: m.ToLowerInvariant())))
            .ToList();
        // Signals 3, cases 5, assessments 1, referrals 4, help 3, victimisations 2, suspects 4, their criminal-justice chain 7.
        Assert.True(endpoints.Count >= 29, $"only {endpoints.Count} API endpoints found");
        var missing = endpoints.Where(e => !paths.TryGetProperty(e.Path, out var item) || !item.TryGetProperty(e.Method, out _)).ToList();
        Assert.Empty(missing);
        Assert.DoesNotContain(paths.EnumerateObject(), p => !p.Name.StartsWith("/api/v1/", StringComparison.Ordinal));

        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("X-Api-Key", schemes.GetProperty("apiKey").GetProperty("name").GetString());
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());
        // Codes are strings in camelCase, as the API reads and writes them.
        var json = document.GetRawText();
        Assert.Contains("\"organRemoval\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_reference_page_serves_its_script_itself_under_a_nonce_bound_policy_and_other_pages_stay_strict()
    {
        using var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true });
        using var page = await client.GetAsync("/api/reference/v1");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        var nonce = Nonce().Match(csp).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"nonce=\"{nonce}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);

        // Every script comes from this server: no CDN, so the page works offline.
        var sources = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(sources);
        foreach (var src in sources)
        {
            Assert.DoesNotContain("//", src, StringComparison.Ordinal);
            using var script = await client.GetAsync(new Uri(new Uri("http://localhost/api/reference/v1"), src));
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        }

        using var login = await client.GetAsync("/Account/Login");
        Assert.DoesNotContain("unsafe-inline", string.Join(";", login.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_issues_a_key_shown_once_and_stored_only_as_its_hash_and_can_revoke_it()
    {
        using var admin = await WebSession.SignedInAsync(host.Factory, "admin");
        var name = "Partner-" + Guid.NewGuid().ToString("N")[..8];
        var issued = await admin.PostAsync("/Admin/ApiKeys", new()
        {
            ["Name"] = name,
            ["Role"] = Roles.Signaller,
            ["OrganisationId"] = ApiFixture.Ngo.ToString(),
        }, "/Admin/ApiKeys?handler=Issue");
        Assert.Equal(HttpStatusCode.OK, issued.Status);
        var key = Regex.Match(issued.Html, "id=\"issued-key\">(zk_[A-Za-z0-9_-]+)<").Groups[1].Value;
        Assert.StartsWith("zk_", key, StringComparison.Ordinal);

        var later = await admin.GetAsync("/Admin/ApiKeys");
        Assert.Contains(name, later.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(key, later.Html, StringComparison.Ordinal);

        ApiKey stored;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<ZichtIdentityDbContext>();
            stored = await accounts.ApiKeys.SingleAsync(k => k.Name == name);
            var columns = string.Join("|", stored.Name, stored.Hash, stored.Prefix, stored.Role, stored.CreatedBy);
            Assert.DoesNotContain(key, columns, StringComparison.Ordinal);
            Assert.Equal(ApiKeyStore.HashOf(key), stored.Hash);
        }

        using var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/signals")).StatusCode);

        var duplicate = await admin.PostAsync("/Admin/ApiKeys", new() { ["Name"] = name, ["Role"] = Roles.Analyst }, "/Admin/ApiKeys?handler=Issue");
        Assert.Contains("Er is al een sleutel met deze naam.", duplicate.Text, StringComparison.Ordinal);
        Assert.Contains("Een sleutel heeft de rol Signaller of CaseWorker.", duplicate.Text, StringComparison.Ordinal);

        var revoked = await admin.PostAsync("/Admin/ApiKeys", [], $"/Admin/ApiKeys?handler=Revoke&id={stored.Id}");
        Assert.Equal(HttpStatusCode.Redirect, revoked.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/signals")).StatusCode);
        await using var db = host.Database.CreateContext();
        var id = stored.Id.ToString("N");
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.EntityType == nameof(ApiKey) && e.EntityId == id && e.Actor == "admin"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Signals_filed_concurrently_through_the_api_are_all_accepted_and_keep_the_audit_chain_whole(DatabaseProvider provider)
    {
        await using var factory = new ZichtWebFactory(provider, persons: 20);
        var key = await ApiFixture.IssueAsync(factory, Roles.Signaller, ApiFixture.Police);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        var filed = await Task.WhenAll(Enumerable.Range(0, 24).Select(async i =>
        {
            using var response = await client.PostAsJsonAsync("/api/v1/signals", ApiTests.MinimalSignal("Concurrent" + i));
            return response.StatusCode;
        }));
        Assert.All(filed, s => Assert.Equal(HttpStatusCode.Created, s));

        await using var db = factory.Services.GetRequiredService<ZichtDatabase>().CreateContext();
        var entries = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
        var verifier = new AuditChainVerifier();
        Assert.All(entries, e => Assert.True(verifier.Accept(e), $"audit entry {e.Sequence} breaks the chain"));
        Assert.Equal(24, entries.Count(e => e.Action == AuditAction.Create && e.EntityType == "Signal" && e.Actor.StartsWith("api:", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\}")]
    private static partial Regex Constraint();

    [GeneratedRegex(@"'nonce-([^']+)'")]
    private static partial Regex Nonce();

    [GeneratedRegex("<script[^>]*\\ssrc=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
