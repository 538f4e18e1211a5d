using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Domain.Audit;
using Zicht.Domain.Registry;
using Zicht.Web.Identity;

namespace Zicht.Web.Tests;

/// <summary>The registry API over a real socket: filing, field errors, scope, break the glass, concurrency, audit.</summary>
public sealed class ApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    internal static object MinimalSignal(string? givenName = null) => new
    {
        signalDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1),
        forms = new[] { "labour" },
        labourSector = "agriculture",
        indicators = new[] { "abuseOfVulnerability" },
        municipalityCode = "GM0363",
        consent = "notRequired",
        givenName,
        familyName = givenName is null ? null : "Api-Test",
    };

    [Fact]
    public async Task A_signaller_key_files_a_signal_lists_and_reads_it_and_everything_is_audited_under_the_key()
    {
        var key = await api.IssueAsync(Roles.Signaller, ApiFixture.Police);
        using var client = api.Client(key);

        using var filed = await client.PostAsJsonAsync("/api/v1/signals", MinimalSignal("Ilse"));
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var body = await filed.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.False(body.GetProperty("knownPerson").GetBoolean());
        Assert.Equal($"/api/v1/signals/{id}", filed.Headers.Location?.OriginalString);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/signals");
        Assert.Contains(list.EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);

        var one = await client.GetFromJsonAsync<JsonElement>($"/api/v1/signals/{id}");
        Assert.Equal("Ilse", one.GetProperty("givenName").GetString());
        Assert.Equal("labour", one.GetProperty("forms")[0].GetString());

        await using var db = api.Database.CreateContext();
        var entries = await db.AuditEntries.Where(e => e.EntityId == id.ToString("N")).ToListAsync();
        Assert.Contains(entries, e => e.Action == AuditAction.Create && e.EntityType == nameof(Signal) && e.Actor.StartsWith("api:", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Action == AuditAction.View && e.EntityType == nameof(Signal) && e.Actor.StartsWith("api:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_person_signalled_twice_is_reported_as_known_without_anything_else()
    {
        var key = await api.IssueAsync(Roles.Signaller, ApiFixture.Police);
        using var client = api.Client(key, headerKey: true);
        var signal = new
        {
            signalDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2),
            forms = new[] { "sexual" },
            consent = "notRequired",
            givenName = "Wilhelmina",
            familyName = "Twice-Known",
            dateOfBirth = new DateOnly(1990, 3, 4),
        };
        using var first = await client.PostAsJsonAsync("/api/v1/signals", signal);
        using var second = await client.PostAsJsonAsync("/api/v1/signals", signal);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var body = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("knownPerson").GetBoolean());
        Assert.Equal(["id", "knownPerson", "possiblyKnown"], body.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public async Task Missing_and_wrong_fields_come_back_as_problem_details_with_a_message_per_field()
    {
        var key = await api.IssueAsync(Roles.Signaller, ApiFixture.Ngo);
        using var client = api.Client(key);
        await using var db = api.Database.CreateContext();
        var before = await db.Signals.CountAsync();

        using var empty = await client.PostAsJsonAsync("/api/v1/signals", new { labourSector = "agriculture" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType?.MediaType);
        var errors = (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("signalDate", out _));
        Assert.True(errors.TryGetProperty("consent", out _));
        Assert.True(errors.TryGetProperty("forms", out _));
        Assert.True(errors.TryGetProperty("labourSector", out _));

        // An NGO needs consent to pass on a name: the same rule as the form, in Dutch when asked.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/signals") { Content = JsonContent.Create(new { signalDate = "2025-01-02", forms = new[] { "sexual" }, consent = "refused", givenName = "Anna" }) };
        request.Headers.AcceptLanguage.ParseAdd("nl-NL");
        using var dutch = await client.SendAsync(request);
        var consent = (await dutch.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("consent")[0].GetString();
        Assert.Contains("toestemming", consent, StringComparison.Ordinal);

        using var badCode = await client.PostAsJsonAsync("/api/v1/signals", new { signalDate = "2025-01-02", forms = new[] { "flying" }, consent = "given" });
        Assert.True((await badCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("forms", out _));

        using var typo = await client.PostAsJsonAsync("/api/v1/signals", new { signalDate = "2025-01-02", forms = new[] { "sexual" }, consent = "given", givenNmae = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, typo.StatusCode);

        using var notJson = await client.PostAsync("/api/v1/signals", new StringContent("{ not json", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.True((await notJson.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("errors", out _));

        using var badMunicipality = await client.PostAsJsonAsync("/api/v1/signals", new { signalDate = "2025-01-02", forms = new[] { "sexual" }, consent = "given", municipalityCode = "GM9999" });
        Assert.True((await badMunicipality.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("municipalityCode", out _));

        Assert.Equal(before, await db.Signals.CountAsync());
    }

    [Fact]
    public async Task Another_organisations_signal_is_not_found_and_a_signaller_key_opens_no_case()
    {
        using var police = api.Client(await api.IssueAsync(Roles.Signaller, ApiFixture.Police));
        using var filed = await police.PostAsJsonAsync("/api/v1/signals", MinimalSignal());
        var id = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var ngo = api.Client(await api.IssueAsync(Roles.Signaller, ApiFixture.Ngo));
        using var other = await ngo.GetAsync($"/api/v1/signals/{id}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        var theirs = await ngo.GetFromJsonAsync<JsonElement>("/api/v1/signals");
        Assert.DoesNotContain(theirs.EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);

        using var cases = await ngo.GetAsync("/api/v1/cases");
        Assert.Equal(HttpStatusCode.Forbidden, cases.StatusCode);
    }

    [Fact]
    public async Task A_case_outside_the_keys_scope_is_refused_until_the_glass_is_broken_and_an_unknown_case_is_not_found()
    {
        var (inside, outside) = await CasesAsync("GM0363");
        using var client = api.Client(await api.IssueAsync(Roles.CaseWorker, ApiFixture.Centre, "GM0363"));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/cases/{inside}")).StatusCode);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/cases");
        Assert.All(list.EnumerateArray(), c => Assert.Equal("GM0363", c.GetProperty("municipalityCode").GetString()));

        using var refused = await client.GetAsync($"/api/v1/cases/{outside}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/v1/cases/{outside}/break-glass", problem.GetProperty("breakGlass").GetString());
        Assert.False(problem.TryGetProperty("person", out _));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{Guid.NewGuid()}")).StatusCode);

        using var tooShort = await client.PostAsJsonAsync($"/api/v1/cases/{outside}/break-glass", new { reason = "need" });
        Assert.True((await tooShort.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        using var broken = await client.PostAsJsonAsync($"/api/v1/cases/{outside}/break-glass", new { reason = "Police request about a possible repeat victim" });
        Assert.Equal(HttpStatusCode.NoContent, broken.StatusCode);

        var opened = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{outside}");
        Assert.True(opened.GetProperty("openedUnderBreakTheGlass").GetBoolean());
        await using var db = api.Database.CreateContext();
        var id = outside.ToString("N");
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.BreakTheGlass && e.EntityId == id && e.Actor.StartsWith("api:")));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.View && e.EntityId == id && e.Reason == "opened under break the glass"));
    }

    [Fact]
    public async Task A_case_update_needs_the_version_read_and_a_stale_version_is_refused_with_what_the_other_saved()
    {
        var (caseId, _) = await CasesAsync("GM0363");
        using var client = api.Client(await api.IssueAsync(Roles.CaseWorker, ApiFixture.Centre));
        using var read = await client.GetAsync($"/api/v1/cases/{caseId}");
        var etag = read.Headers.ETag!;
        var status = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case").GetProperty("status").GetString();
        var other = status == "followUp" ? "active" : "followUp";

        using var blind = await client.PutAsJsonAsync($"/api/v1/cases/{caseId}", new { status = other, municipalityCode = "GM0363" });
        Assert.Equal((HttpStatusCode)428, blind.StatusCode);

        using var first = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{caseId}") { Content = JsonContent.Create(new { status = other, municipalityCode = "GM0363" }) };
        first.Headers.IfMatch.Add(etag);
        using var saved = await client.SendAsync(first);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotEqual(etag, saved.Headers.ETag);

        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{caseId}") { Content = JsonContent.Create(new { status = "closed", municipalityCode = "GM0363" }) };
        stale.Headers.IfMatch.Add(etag);
        using var conflict = await client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.PreconditionFailed, conflict.StatusCode);
        var current = (await conflict.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("current");
        Assert.Equal(other, current.GetProperty("status").GetString());
        Assert.Equal(saved.Headers.ETag, conflict.Headers.ETag);
    }

    [Fact]
    public async Task An_assessment_explains_the_rules_that_fired_and_a_referral_follows_with_a_deadline()
    {
        var (caseId, _) = await CasesAsync("GM0363");
        using var client = api.Client(await api.IssueAsync(Roles.CaseWorker, ApiFixture.Centre));

        using var assessed = await client.PostAsJsonAsync("/api/v1/assessments", new { caseId, vulnerabilities = new[] { "minor", "homelessness" } });
        Assert.Equal(HttpStatusCode.Created, assessed.StatusCode);
        var advice = (await assessed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("advice");
        Assert.NotEmpty(advice.GetProperty("fired").EnumerateArray());
        Assert.Contains(advice.GetProperty("fired").EnumerateArray(), f => f.GetProperty("because").EnumerateArray().Any(v => v.GetString() == "minor"));

        using var noCase = await client.PostAsJsonAsync("/api/v1/assessments", new { vulnerabilities = new[] { "minor" } });
        Assert.True((await noCase.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("caseId", out _));

        using var past = await client.PostAsJsonAsync("/api/v1/referrals", new { caseId, helpType = "shelter", followUpBy = "2001-01-01" });
        Assert.True((await past.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("followUpBy", out _));

        using var nowhere = await client.PostAsJsonAsync("/api/v1/referrals", new { caseId, helpType = "shelter", toOrganisationId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, nowhere.StatusCode);
        Assert.True((await nowhere.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("toOrganisationId", out _));

        using var referred = await client.PostAsJsonAsync("/api/v1/referrals", new { caseId, helpType = "shelter" });
        Assert.Equal(HttpStatusCode.Created, referred.StatusCode);
        var referral = await referred.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(referral.GetProperty("followUpBy").GetDateTime() > DateTime.UtcNow);
        var referralId = referral.GetProperty("id").GetGuid();

        var ofCase = await client.GetFromJsonAsync<JsonElement>($"/api/v1/referrals?caseId={caseId}");
        Assert.Contains(ofCase.EnumerateArray(), r => r.GetProperty("id").GetGuid() == referralId);

        using var answered = await client.PostAsJsonAsync($"/api/v1/referrals/{referralId}/answer", new { caseId, answer = "accepted" });
        Assert.Equal(HttpStatusCode.NoContent, answered.StatusCode);
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}");
        Assert.Contains(after.GetProperty("help").EnumerateArray(), h => h.GetProperty("referralId").GetGuid() == referralId);

        await using var db = api.Database.CreateContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == "Referral" && e.EntityId == referralId.ToString("N") && e.Actor.StartsWith("api:")));
    }

    [Fact]
    public async Task A_suspect_is_registered_with_victims_by_pseudonym_and_an_unknown_pseudonym_is_a_field_error()
    {
        string pseudonym;
        await using (var db = api.Database.CreateContext())
        {
            pseudonym = await db.Persons.Select(p => p.Pseudonym).FirstAsync();
        }

        using var client = api.Client(await api.IssueAsync(Roles.CaseWorker, ApiFixture.Centre));
        using var created = await client.PostAsJsonAsync("/api/v1/suspects", new { givenName = "Karel", familyName = "Verdacht", gender = "male", nationality = "nl", victims = new[] { pseudonym } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var suspect = await client.GetFromJsonAsync<JsonElement>($"/api/v1/suspects/{id}");
        Assert.Equal(pseudonym, suspect.GetProperty("victims")[0].GetProperty("pseudonym").GetString());
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/suspects");
        Assert.Contains(list.EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);

        using var unknown = await client.PostAsJsonAsync("/api/v1/suspects", new { familyName = "Niemand", victims = new[] { "P-DOESNOTEXIST" } });
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("victims", out _));
        // An unknown pseudonym of the suspect's own (a registered person) is refused on that field, not on the victims.
        using var unknownOwn = await client.PostAsJsonAsync("/api/v1/suspects", new { familyName = "Niemand", victims = new[] { pseudonym }, ownPseudonym = "P-DOESNOTEXIST" });
        var ownErrors = (await unknownOwn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(ownErrors.TryGetProperty("ownPseudonym", out _), ownErrors.ToString());
        Assert.False(ownErrors.TryGetProperty("victims", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/suspects/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_cookie_does_not_authenticate_an_api_call()
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = api.BaseAddress };
        var form = await browser.GetStringAsync("/Account/Login");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var login = await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "casemanager",
            ["Password"] = api.Factory.Credentials.For("casemanager").Password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Cases")).StatusCode);

        using var call = await browser.GetAsync("/api/v1/cases");
        Assert.Equal(HttpStatusCode.Unauthorized, call.StatusCode);
        Assert.Equal("application/problem+json", call.Content.Headers.ContentType?.MediaType);
        using var post = await browser.PostAsJsonAsync("/api/v1/assessments", new { caseId = Guid.NewGuid(), vulnerabilities = new[] { "minor" } });
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }

    [Fact]
    public async Task A_revoked_or_unknown_key_is_refused()
    {
        var key = await api.IssueAsync(Roles.Signaller, ApiFixture.Police);
        using var client = api.Client(key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/signals")).StatusCode);

        await using (var scope = api.Factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ApiKeyStore>();
            var stored = (await store.AllAsync()).Single(k => k.Hash == ApiKeyStore.HashOf(key));
            Assert.NotNull(stored.LastUsedAt);
            Assert.True(await store.RevokeAsync(ApiFixture.Administrator, stored.Id));
        }

        using var refused = await client.GetAsync("/api/v1/signals");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("revoked", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var forged = api.Client(ApiKeyStore.KeyPrefix + new string('A', 43));
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/v1/signals")).StatusCode);
        using var none = api.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await none.GetAsync("/api/v1/signals")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_api_address_is_a_problem_document_not_a_page()
    {
        using var client = api.Client(await api.IssueAsync(Roles.Signaller, ApiFixture.Police));
        using var response = await client.GetAsync("/api/v1/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A case of the municipality and a case of another municipality.</summary>
    private async Task<(Guid Inside, Guid Outside)> CasesAsync(string municipality)
    {
        await using var db = api.Database.CreateContext();
        var inside = await db.Cases.Where(c => c.MunicipalityCode == municipality).Select(c => c.Id).FirstOrDefaultAsync();
        if (inside == Guid.Empty)
        {
            // A small population may hold no case there: file one through the API.
            using var client = api.Client(await api.IssueAsync(Roles.Signaller, ApiFixture.Police));
            using var filed = await client.PostAsJsonAsync("/api/v1/signals", MinimalSignal("Scope-" + Guid.NewGuid().ToString("N")[..6]));
            var signal = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            var person = await db.Signals.Where(s => s.Id == signal).Select(s => s.PersonId).SingleAsync();
            inside = await db.Cases.Where(c => c.PersonId == person).Select(c => c.Id).SingleAsync();
        }

        var outside = await db.Cases.Where(c => c.MunicipalityCode != null && c.MunicipalityCode != municipality).Select(c => c.Id).FirstAsync();
        return (inside, outside);
    }
}
