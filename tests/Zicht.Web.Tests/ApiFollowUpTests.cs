using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Data.Storage;
using Zicht.Domain.Audit;
using Zicht.Domain.Follow;
using Zicht.Domain.Perpetrators;
using Zicht.Domain.Triage;
using Zicht.Web.Identity;

namespace Zicht.Web.Tests;

/// <summary>
/// The API's follow-up over a real socket: help episodes, later victimisations and the criminal-justice chain of a
/// suspect, with their field errors, scope and audit.
/// </summary>
public sealed class ApiFollowUpTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task A_help_episode_is_started_listed_and_ended_and_both_changes_are_audited_under_the_key()
    {
        var caseId = await CaseAsync();
        using var client = api.Client(await api.IssueAsync(Roles.CaseWorker, ApiFixture.Centre));

        using var started = await client.PostAsJsonAsync("/api/v1/help", new { caseId, helpType = "specialistCare", startedOn = Today.AddDays(-10), organisationId = ApiFixture.Ngo });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var episode = await started.Content.ReadFromJsonAsync<JsonElement>();
        var id = episode.GetProperty("id").GetGuid();
        Assert.Equal("specialistCare", episode.GetProperty("helpType").GetString());
        Assert.Equal(ApiFixture.Ngo, episode.GetProperty("organisationId").GetGuid());
        Assert.Equal($"/api/v1/help?caseId={caseId}", started.Headers.Location?.OriginalString);

        var listed = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/help?caseId={caseId}")).EnumerateArray().Single(h => h.GetProperty("id").GetGuid() == id);
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("endedOn").ValueKind);

        using var ended = await client.PostAsJsonAsync($"/api/v1/help/{id}/end", new { caseId, endedOn = Today.AddDays(-1) });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal(Today.AddDays(-1), (await ended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("endedOn").Deserialize<DateOnly>());

        var after = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/help?caseId={caseId}")).EnumerateArray().Single(h => h.GetProperty("id").GetGuid() == id);
        Assert.Equal(Today.AddDays(-1), after.GetProperty("endedOn").Deserialize<DateOnly>());
        var inCase = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}");
        Assert.Contains(inCase.GetProperty("help").EnumerateArray(), h => h.GetProperty("id").GetGuid() == id && h.GetProperty("endedOn").ValueKind != JsonValueKind.Null);

        await using var db = api.Database.CreateContext();
        var entries = await db.AuditEntries.Where(e => e.EntityType == nameof(HelpEpisode) && e.EntityId == id.ToString("N")).ToListAsync();
        Assert.Contains(entries, e => e.Action == AuditAction.Create && e.Actor.StartsWith("api:", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Action == AuditAction.Update && e.Actor.StartsWith("api:", StringComparison.Ordinal));
        // Listing a case's help opens the case, as the case page does: the view is audited.
        var caseKey = caseId.ToString("N");
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.View && e.EntityType == "Case" && e.EntityId == caseKey && e.Actor.StartsWith("api:")));
    }

    [Fact]
    public async Task Help_ending_before_it_starts_is_refused_on_the_end_date_and_nothing_is_stored()
    {
        var caseId = await CaseAsync();
        using var client = api.Client(await api.IssueAsync(Roles.CaseWorker, ApiFixture.Centre));
        using var started = await client.PostAsJsonAsync("/api/v1/help", new { caseId, helpType = "shelter", startedOn = Today.AddDays(-5) });
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var early = await client.PostAsJsonAsync($"/api/v1/help/{id}/end", new { caseId, endedOn = Today.AddDays(-8) });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal("application/problem+json", early.Content.Headers.ContentType?.MediaType);
        var errors = (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["endedOn"], errors.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Contains("before it starts", errors.GetProperty("endedOn")[0].GetString(), StringComparison.Ordinal);

        await using (var db = api.Database.CreateContext())
        {
            Assert.Null(await db.HelpEpisodes.Where(h => h.Id == id).Select(h => h.EndedOn).SingleAsync());
            var key = id.ToString("N");
            Assert.False(await db.AuditEntries.AnyAsync(e => e.EntityId == key && e.Action == AuditAction.Update));
        }

        // Help cannot start in the future, a field left out is named, in Dutch when asked; none of it is stored.
        int before;
        await using (var db = api.Database.CreateContext())
        {
            before = await db.HelpEpisodes.CountAsync(h => h.CaseId == caseId);
        }

        using var future = await client.PostAsJsonAsync("/api/v1/help", new { caseId, helpType = "shelter", startedOn = Today.AddDays(3) });
        Assert.True((await future.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("startedOn", out _));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/help") { Content = JsonContent.Create(new { caseId, organisationId = Guid.NewGuid() }) };
        request.Headers.AcceptLanguage.ParseAdd("nl");
        using var empty = await client.SendAsync(request);
        var dutch = (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Kies de soort hulp.", dutch.GetProperty("helpType")[0].GetString());
        Assert.Equal("Vul de begindatum in.", dutch.GetProperty("startedOn")[0].GetString());
        Assert.True(dutch.TryGetProperty("organisationId", out _));
        using var badType = await client.PostAsJsonAsync("/api/v1/help", new { caseId, helpType = "massage", startedOn = Today });
        Assert.True((await badType.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("helpType", out _));
        await using (var db = api.Database.CreateContext())
        {
            Assert.Equal(before, await db.HelpEpisodes.CountAsync(h => h.CaseId == caseId));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/help/{Guid.NewGuid()}/end", new { caseId, endedOn = Today })).StatusCode);
        using var noCase = await client.GetAsync("/api/v1/help");
        Assert.True((await noCase.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("caseId", out _));
    }

    [Fact]
    public async Task A_broken_domain_rule_is_explained_in_Dutch_when_asked_and_in_English_otherwise()
    {
        var caseId = await CaseAsync();
        using var client = api.Client(await api.IssueAsync(Roles.CaseWorker, ApiFixture.Centre));
        using var started = await client.PostAsJsonAsync("/api/v1/help", new { caseId, helpType = "shelter", startedOn = Today.AddDays(-5) });
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var (end, start) = (Today.AddDays(-8), Today.AddDays(-5));

        async Task<string?> EndTooEarlyAsync(string language)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/help/{id}/end") { Content = JsonContent.Create(new { caseId, endedOn = end }) };
            request.Headers.AcceptLanguage.ParseAdd(language);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("endedOn")[0].GetString();
        }

        Assert.Equal($"Een hulptraject kan niet eindigen ({end:yyyy-MM-dd}) voordat het begint ({start:yyyy-MM-dd}).", await EndTooEarlyAsync("nl"));
        Assert.Equal($"A help episode cannot end ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).", await EndTooEarlyAsync("en-GB"));
    }

    [Fact]
    public async Task A_victimisation_is_recorded_listed_and_audited_and_bad_input_is_named_per_field()
    {
        var caseId = await CaseAsync();
        using var client = api.Client(await api.IssueAsync(Roles.CaseWorker, ApiFixture.Centre));

        using var recorded = await client.PostAsJsonAsync("/api/v1/victimisations", new { caseId, occurredOn = Today.AddDays(-40), offence = "sexualViolence", source = "Politie BVH" });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var id = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var listed = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/victimisations?caseId={caseId}")).EnumerateArray().Single(v => v.GetProperty("id").GetGuid() == id);
        Assert.Equal("sexualViolence", listed.GetProperty("offence").GetString());
        Assert.Equal("Politie BVH", listed.GetProperty("source").GetString());
        Assert.Equal(Today.AddDays(-40), listed.GetProperty("occurredOn").Deserialize<DateOnly>());

        await using var db = api.Database.CreateContext();
        var key = id.ToString("N");
        var entry = await db.AuditEntries.SingleAsync(e => e.EntityType == nameof(Victimisation) && e.EntityId == key);
        Assert.Equal(AuditAction.Create, entry.Action);
        Assert.StartsWith("api:", entry.Actor, StringComparison.Ordinal);
        var stored = await db.Victimisations.SingleAsync(v => v.Id == id);
        Assert.Equal(OffenceType.SexualViolence, stored.Offence);

        var count = await db.Victimisations.CountAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/victimisations") { Content = JsonContent.Create(new { caseId, occurredOn = Today.AddDays(2), offence = "assault", source = " " }) };
        request.Headers.AcceptLanguage.ParseAdd("nl-NL");
        using var bad = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Noem de bron.", errors.GetProperty("source")[0].GetString());
        Assert.Contains("toekomst", errors.GetProperty("occurredOn")[0].GetString(), StringComparison.Ordinal);
        using var badOffence = await client.PostAsJsonAsync("/api/v1/victimisations", new { caseId, occurredOn = Today, offence = "jaywalking", source = "x" });
        Assert.True((await badOffence.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("offence", out _));
        using var longSource = await client.PostAsJsonAsync("/api/v1/victimisations", new { caseId, occurredOn = Today, offence = "threat", source = new string('s', 101) });
        Assert.True((await longSource.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("source", out _));
        Assert.Equal(count, await db.Victimisations.CountAsync());
    }

    [Fact]
    public async Task A_dismissal_without_its_reason_is_refused_and_with_one_accepted_and_a_dismissed_prosecution_takes_no_verdict()
    {
        using var client = api.Client(await api.IssueAsync(Roles.CaseWorker, ApiFixture.Centre));
        var suspect = await SuspectAsync(client);
        var prosecution = await CreatedAsync(client, $"/api/v1/suspects/{suspect}/prosecutions", new { registeredOn = Today.AddDays(-60) });

        using var bare = await client.PostAsJsonAsync($"/api/v1/suspects/{suspect}/prosecutions/{prosecution}/decision", new { decision = "dismissal", decidedOn = Today.AddDays(-30) });
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.True((await bare.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("dismissalReason", out _));
        await using (var db = api.Database.CreateContext())
        {
            Assert.Null(await db.Prosecutions.Where(p => p.Id == prosecution).Select(p => p.Decision).SingleAsync());
        }

        using var decided = await client.PostAsJsonAsync($"/api/v1/suspects/{suspect}/prosecutions/{prosecution}/decision",
            new { decision = "dismissal", decidedOn = Today.AddDays(-30), dismissalReason = "insufficientEvidence" });
        Assert.Equal(HttpStatusCode.NoContent, decided.StatusCode);
        var shown = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/suspects/{suspect}")).GetProperty("prosecutions").EnumerateArray().Single();
        Assert.Equal("dismissal", shown.GetProperty("decision").GetString());
        Assert.Equal("insufficientEvidence", shown.GetProperty("dismissalReason").GetString());

        // A verdict needs a prosecution that ended in a summons; a second decision is refused too.
        using var verdict = await client.PostAsJsonAsync($"/api/v1/suspects/{suspect}/prosecutions/{prosecution}/verdict", new { outcome = "conviction" });
        Assert.Equal(HttpStatusCode.BadRequest, verdict.StatusCode);
        Assert.True((await verdict.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("prosecutionId", out _));
        using var again = await client.PostAsJsonAsync($"/api/v1/suspects/{suspect}/prosecutions/{prosecution}/decision", new { decision = "summons" });
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("decision", out _));
        using var reasonForSummons = await client.PostAsJsonAsync($"/api/v1/suspects/{suspect}/prosecutions/{prosecution}/decision", new { decision = "summons", dismissalReason = "policy" });
        Assert.True((await reasonForSummons.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("dismissalReason", out _));

        await using (var db = api.Database.CreateContext())
        {
            Assert.False(await db.Verdicts.AnyAsync(v => v.ProsecutionId == prosecution));
            var key = suspect.ToString("N");
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Update && e.EntityType == nameof(Suspect) && e.EntityId == key && e.Actor.StartsWith("api:")));
        }

        // What the address names must exist and be this suspect's.
        var other = await SuspectAsync(client);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/suspects/{other}/prosecutions/{prosecution}/verdict", new { outcome = "conviction" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/suspects/{suspect}/prosecutions/{Guid.NewGuid()}/decision", new { decision = "summons" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/suspects/{Guid.NewGuid()}/prosecutions", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/suspects/{suspect}/verdicts/{Guid.NewGuid()}/sentences", new { type = "fine", euros = 100 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/suspects/{suspect}/supervisions/{Guid.NewGuid()}/end", new { outcome = "completed" })).StatusCode);
    }

    [Fact]
    public async Task Verdict_sentence_supervision_its_end_and_a_reoffence_make_the_chain_the_suspect_shows()
    {
        using var client = api.Client(await api.IssueAsync(Roles.CaseWorker, ApiFixture.Centre));
        var suspect = await SuspectAsync(client);
        var chain = await ChainAsync(client, suspect);

        // Bad input on the way: a field left out, a code that does not exist, a date to come, a sentence without its quantity.
        using var future = await client.PostAsJsonAsync($"/api/v1/suspects/{suspect}/reoffences", new { occurredOn = Today.AddDays(1), offence = "assault" });
        Assert.True((await future.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("occurredOn", out _));
        using var unknownOutcome = await client.PostAsJsonAsync($"/api/v1/suspects/{suspect}/prosecutions/{chain.Prosecution}/verdict", new { outcome = "guilty" });
        Assert.True((await unknownOutcome.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("outcome", out _));
        using var noOutcome = await client.PostAsJsonAsync($"/api/v1/suspects/{suspect}/prosecutions/{chain.Prosecution}/verdict", new { });
        Assert.True((await noOutcome.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("outcome", out _));
        using var fineWithoutAmount = await client.PostAsJsonAsync($"/api/v1/suspects/{suspect}/verdicts/{chain.Verdict}/sentences", new { type = "fine" });
        Assert.True((await fineWithoutAmount.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("euros", out _));
        using var stillOngoing = await client.PostAsJsonAsync($"/api/v1/suspects/{suspect}/supervisions/{chain.Supervision}/end", new { outcome = "ongoing" });
        Assert.True((await stillOngoing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("outcome", out _));

        var document = await client.GetFromJsonAsync<JsonElement>($"/api/v1/suspects/{suspect}");
        var prosecution = document.GetProperty("prosecutions").EnumerateArray().Single();
        Assert.Equal(chain.Prosecution, prosecution.GetProperty("id").GetGuid());
        Assert.Equal("summons", prosecution.GetProperty("decision").GetString());
        var verdict = document.GetProperty("verdicts").EnumerateArray().Single();
        Assert.Equal(chain.Verdict, verdict.GetProperty("id").GetGuid());
        Assert.Equal(chain.Prosecution, verdict.GetProperty("prosecutionId").GetGuid());
        Assert.Equal("conviction", verdict.GetProperty("outcome").GetString());
        var sentence = verdict.GetProperty("sentences").EnumerateArray().Single();
        Assert.Equal("prison", sentence.GetProperty("type").GetString());
        Assert.Equal(18, sentence.GetProperty("months").GetInt32());
        var supervision = document.GetProperty("supervisions").EnumerateArray().Single();
        Assert.Equal(chain.Supervision, supervision.GetProperty("id").GetGuid());
        Assert.Equal("completed", supervision.GetProperty("outcome").GetString());
        Assert.Equal(Today.AddDays(-2), supervision.GetProperty("endedOn").Deserialize<DateOnly>());
        var reoffence = document.GetProperty("reoffences").EnumerateArray().Single();
        Assert.Equal(chain.Reoffence, reoffence.GetProperty("id").GetGuid());
        Assert.Equal("threat", reoffence.GetProperty("offence").GetString());
        Assert.Equal(Today, reoffence.GetProperty("occurredOn").Deserialize<DateOnly>());

        await using var db = api.Database.CreateContext();
        Assert.Equal(chain.Sentence, await db.Sentences.Where(s => s.VerdictId == chain.Verdict).Select(s => s.Id).SingleAsync());
    }

    [Fact]
    public async Task A_case_outside_the_keys_scope_is_refused_for_help_and_victimisations_as_for_the_case_itself()
    {
        Guid outside;
        await using (var db = api.Database.CreateContext())
        {
            outside = await db.Cases.Where(c => c.MunicipalityCode != null && c.MunicipalityCode != "GM0363").Select(c => c.Id).FirstAsync();
        }

        using var client = api.Client(await api.IssueAsync(Roles.CaseWorker, ApiFixture.Centre, "GM0363"));
        int help, victimisations;
        await using (var db = api.Database.CreateContext())
        {
            help = await db.HelpEpisodes.CountAsync();
            victimisations = await db.Victimisations.CountAsync();
        }

        HttpResponseMessage[] refused =
        [
            await client.GetAsync($"/api/v1/cases/{outside}"),
            await client.PostAsJsonAsync("/api/v1/help", new { caseId = outside, helpType = "shelter", startedOn = Today }),
            await client.GetAsync($"/api/v1/help?caseId={outside}"),
            await client.PostAsJsonAsync($"/api/v1/help/{Guid.NewGuid()}/end", new { caseId = outside, endedOn = Today }),
            await client.PostAsJsonAsync("/api/v1/victimisations", new { caseId = outside, occurredOn = Today, offence = "assault", source = "Politie" }),
            await client.GetAsync($"/api/v1/victimisations?caseId={outside}"),
        ];
        foreach (var response in refused)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal($"/api/v1/cases/{outside}/break-glass", problem.GetProperty("breakGlass").GetString());
            response.Dispose();
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/help?caseId={Guid.NewGuid()}")).StatusCode);
        await using (var db = api.Database.CreateContext())
        {
            Assert.Equal(help, await db.HelpEpisodes.CountAsync());
            Assert.Equal(victimisations, await db.Victimisations.CountAsync());
        }

        // A signaller's key reaches none of it.
        using var signaller = api.Client(await api.IssueAsync(Roles.Signaller, ApiFixture.Police));
        Assert.Equal(HttpStatusCode.Forbidden, (await signaller.PostAsJsonAsync("/api/v1/help", new { caseId = outside, helpType = "shelter", startedOn = Today })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Help_victimisations_and_the_chain_are_stored_on_both_providers(DatabaseProvider provider)
    {
        await using var factory = new ZichtWebFactory(provider, persons: 20);
        var key = await ApiFixture.IssueAsync(factory, Roles.CaseWorker, ApiFixture.Centre);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        Guid caseId;
        await using (var db = factory.Services.GetRequiredService<ZichtDatabase>().CreateContext())
        {
            caseId = await db.Cases.Select(c => c.Id).FirstAsync();
        }

        var help = await CreatedAsync(client, "/api/v1/help", new { caseId, helpType = "legalAid", startedOn = Today.AddDays(-3), organisationId = ApiFixture.Ngo });
        using (var early = await client.PostAsJsonAsync($"/api/v1/help/{help}/end", new { caseId, endedOn = Today.AddDays(-4) }))
        {
            Assert.True((await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("endedOn", out _));
        }

        using (var ended = await client.PostAsJsonAsync($"/api/v1/help/{help}/end", new { caseId, endedOn = Today }))
        {
            Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        }

        // At the storage's limit of a source's name, which PostgreSQL enforces.
        var source = new string('b', 100);
        var victimisation = await CreatedAsync(client, "/api/v1/victimisations", new { caseId, occurredOn = Today.AddDays(-7), offence = "trafficking", source });
        var suspect = await SuspectAsync(client);
        var chain = await ChainAsync(client, suspect);

        await using var check = factory.Services.GetRequiredService<ZichtDatabase>().CreateContext();
        Assert.Equal(Today, (await check.HelpEpisodes.SingleAsync(h => h.Id == help)).EndedOn);
        Assert.Equal(source, (await check.Victimisations.SingleAsync(v => v.Id == victimisation)).Source);
        Assert.Equal(ProsecutionDecision.Summons, (await check.Prosecutions.SingleAsync(p => p.Id == chain.Prosecution)).Decision);
        Assert.Equal(VerdictOutcome.Conviction, (await check.Verdicts.SingleAsync(v => v.Id == chain.Verdict)).Outcome);
        Assert.Equal(18, (await check.Sentences.SingleAsync(s => s.Id == chain.Sentence)).Months);
        Assert.Equal(SupervisionOutcome.Completed, (await check.Supervisions.SingleAsync(s => s.Id == chain.Supervision)).Outcome);
        Assert.Equal(OffenceType.Threat, (await check.Reoffences.SingleAsync(r => r.Id == chain.Reoffence)).Offence);
        var entries = await check.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
        var verifier = new AuditChainVerifier();
        Assert.All(entries, e => Assert.True(verifier.Accept(e), $"audit entry {e.Sequence} breaks the chain"));
    }

    private sealed record Chain(Guid Prosecution, Guid Verdict, Guid Sentence, Guid Supervision, Guid Reoffence);

    /// <summary>Prosecution → summons → conviction → prison → supervision → its end → a reoffence, each step through the API.</summary>
    private static async Task<Chain> ChainAsync(HttpClient client, Guid suspect)
    {
        var at = $"/api/v1/suspects/{suspect}";
        var prosecution = await CreatedAsync(client, at + "/prosecutions", new { registeredOn = Today.AddDays(-400) });
        using (var summons = await client.PostAsJsonAsync($"{at}/prosecutions/{prosecution}/decision", new { decision = "summons", decidedOn = Today.AddDays(-380) }))
        {
            Assert.Equal(HttpStatusCode.NoContent, summons.StatusCode);
        }

        var verdict = await CreatedAsync(client, $"{at}/prosecutions/{prosecution}/verdict", new { outcome = "conviction", decidedOn = Today.AddDays(-300) });
        var sentence = await CreatedAsync(client, $"{at}/verdicts/{verdict}/sentences", new { type = "prison", months = 18 });
        var supervision = await CreatedAsync(client, at + "/supervisions", new { startedOn = Today.AddDays(-200) });
        using (var ended = await client.PostAsJsonAsync($"{at}/supervisions/{supervision}/end", new { outcome = "completed", endedOn = Today.AddDays(-2) }))
        {
            Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        }

        // No date: today, as on the suspect page.
        var reoffence = await CreatedAsync(client, at + "/reoffences", new { offence = "threat" });
        return new Chain(prosecution, verdict, sentence, supervision, reoffence);
    }

    private static async Task<Guid> CreatedAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path} gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static Task<Guid> SuspectAsync(HttpClient client) =>
        CreatedAsync(client, "/api/v1/suspects", new { givenName = "Tomas", familyName = "Keten-" + Guid.NewGuid().ToString("N")[..6], gender = "male" });

    private async Task<Guid> CaseAsync()
    {
        await using var db = api.Database.CreateContext();
        return await db.Cases.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
    }
}
