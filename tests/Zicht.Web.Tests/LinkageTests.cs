using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Data.Storage;
using Zicht.Domain.Audit;
using Zicht.Domain.Registry;

namespace Zicht.Web.Tests;

/// <summary>
/// Signals linked on arrival through the registry's linkage: a known person with another spelling, an uncertain one
/// in the case workers' queue, accept and reject, merge, split and undo on the case page; the signaller learns only
/// that the person is (probably or possibly) known.
/// </summary>
public sealed class LinkageTests(LinkageTests.Host host) : IClassFixture<LinkageTests.Host>
{
    /// <summary>Enough registered persons for the registry to estimate a linkage model (a few hundred signals).</summary>
    public const int Persons = 400;

    private const string Known = "er bestaat een gekoppeld dossier";
    private const string Possibly = "mogelijk al bekend";

    /// <summary>The app on SQLite with <see cref="Persons"/> registered persons, shared by the tests of this class.</summary>
    public sealed class Host : IAsyncLifetime
    {
        public ZichtWebFactory Factory { get; } = new(persons: Persons);

        public ZichtDatabase Database => Factory.Services.GetRequiredService<ZichtDatabase>();

        public ValueTask InitializeAsync()
        {
            _ = Factory.Server;
            return ValueTask.CompletedTask;
        }

        public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_known_person_with_another_spelling_joins_their_case_and_the_signaller_learns_only_that(DatabaseProvider provider)
    {
        await using var factory = new ZichtWebFactory(provider, persons: Persons);
        var database = factory.Services.GetRequiredService<ZichtDatabase>();
        var known = (await FullyIdentifiedAsync(database, 1))[0];
        var cases = await CountAsync(database, db => db.Cases.CountAsync());
        using var police = await WebSession.SignedInAsync(factory, "signaller.politie");

        // The family name with its last two letters swapped, everything else as registered.
        var family = known.FamilyName![..^2] + known.FamilyName[^1] + known.FamilyName[^2];
        var answer = await police.PostAsync("/Signals/New", Fields(known.GivenName, family, known.DateOfBirth, known));

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        var list = await police.GetAsync("/Signals");
        Assert.Contains(Known, list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("P-", list.Visible, StringComparison.Ordinal);
        Assert.DoesNotContain("/Cases/", list.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(known.GivenName!, list.Text, StringComparison.Ordinal);
        var filed = await SignalAsync(database, family, known.DateOfBirth);
        Assert.Equal(known.PersonId, filed.PersonId);
        Assert.Equal(cases, await CountAsync(database, db => db.Cases.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_uncertain_signal_waits_in_the_queue_accepting_merges_it_under_the_candidates_pseudonym_and_undo_restores(DatabaseProvider provider)
    {
        await using var factory = new ZichtWebFactory(provider, persons: Persons);
        var database = factory.Services.GetRequiredService<ZichtDatabase>();
        using var police = await WebSession.SignedInAsync(factory, "signaller.politie");
        using var worker = await WebSession.SignedInAsync(factory, "casemanager");
        var (candidate, filed, _) = await FileUncertainAsync(database, police, 0);

        // The signal opened a provisional person of its own, and a review against the person it resembles.
        await using (var db = database.CreateContext())
        {
            Assert.NotEqual(candidate.PersonId, filed.PersonId);
            Assert.Equal(1, await db.Cases.CountAsync(c => c.PersonId == filed.PersonId));
        }

        var review = await ReviewOfAsync(database, filed.Id);
        Assert.Equal(candidate.PersonId, review.CandidatePersonId);
        var (keptPseudonym, keptCase) = await CaseOfAsync(database, candidate.PersonId!.Value);
        var (provisional, provisionalCase) = await CaseOfAsync(database, filed.PersonId!.Value);

        var queue = await worker.GetAsync("/Reviews");
        Assert.Equal(HttpStatusCode.OK, queue.Status);
        Assert.Contains($"/Reviews/Details/{review.Id}", queue.Html, StringComparison.Ordinal);
        Assert.Contains(keptPseudonym, queue.Text, StringComparison.Ordinal);
        var work = await worker.GetAsync("/Work");
        // An earlier try may have linked to one person and opened a review against a second one the registry holds
        // apart (the seeded registry keeps some persons split): the work list counts every open review.
        var open = await CountAsync(database, db => db.LinkReviews.CountAsync(r => r.Status == LinkReviewStatus.Pending));
        Assert.Contains($"Openstaande koppelingsbeoordelingen ({open})", work.Text, StringComparison.Ordinal);

        // Side by side, decrypted for the case worker, each view audited for both persons.
        var page = await worker.GetAsync($"/Reviews/Details/{review.Id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(filed.GivenName ?? filed.FamilyName!, page.Text, StringComparison.Ordinal);
        Assert.Contains(candidate.GivenName!, page.Text, StringComparison.Ordinal);
        Assert.Contains("Waarom de koppeling twijfelt", page.Text, StringComparison.Ordinal);
        Assert.Contains("Voornaam", page.Text, StringComparison.Ordinal);
        Assert.Contains("Startgewicht", page.Text, StringComparison.Ordinal);
        // Every comparison and level in the reader's language, the municipality too (no engine label in English).
        // (Once beside the other fields, once in the explanation.)
        Assert.True(System.Text.RegularExpressions.Regex.Count(page.Text, "Gemeente") >= 2, page.Text);
        Assert.DoesNotContain("municipality", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("missing, or", page.Text, StringComparison.Ordinal);
        // A municipality by its name with the CBS code after it, as the signal form offers it; never a bare code.
        Assert.Matches(@"\p{L}+ \(GM\d{4}\)", page.Text);
        Assert.DoesNotMatch(@"(?<!\()GM\d{4}", page.Text);
        var entityId = review.Id.ToString("N");
        await using (var db = database.CreateContext())
        {
            var views = await db.AuditEntries.Where(e => e.Action == AuditAction.View && e.EntityType == nameof(LinkReview) && e.EntityId == entityId).ToListAsync();
            Assert.Equal(new[] { candidate.PersonId, filed.PersonId }.Order(), views.Select(e => e.PersonId).Order());
        }

        var accepted = await worker.PostAsync($"/Reviews/Details/{review.Id}", [], $"/Reviews/Details/{review.Id}?handler=Accept");
        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        await using (var db = database.CreateContext())
        {
            Assert.Equal(LinkReviewStatus.Accepted, (await db.LinkReviews.SingleAsync(r => r.Id == review.Id)).Status);
            Assert.Equal(candidate.PersonId, (await db.Persons.SingleAsync(p => p.Id == filed.PersonId)).MergedIntoId);
            Assert.Equal(keptPseudonym, (await db.Persons.SingleAsync(p => p.Id == candidate.PersonId)).Pseudonym);
        }

        Assert.DoesNotContain($"/Reviews/Details/{review.Id}", (await worker.GetAsync("/Reviews")).Html, StringComparison.Ordinal);
        var kept = await worker.GetAsync($"/Cases/Details/{keptCase}");
        Assert.Contains(provisional, kept.Text, StringComparison.Ordinal);
        // The kept case's timeline gathers the merged person's signal too.
        Assert.Equal(await SignalCountAsync(database, candidate.PersonId.Value) + 1, TimelineSignals(kept.Html));
        Assert.Contains("telt als " + keptPseudonym, (await worker.GetAsync($"/Cases/Details/{provisionalCase}")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Cases/Details/{provisionalCase}", (await worker.GetAsync("/Cases?pseudonym=" + provisional)).Html, StringComparison.Ordinal);

        // Undo on the kept person's case page: the provisional person stands alone again, with its own case.
        Guid mergeId;
        await using (var db = database.CreateContext())
        {
            mergeId = await db.PersonMerges.Where(m => m.AbsorbedPersonId == filed.PersonId).Select(m => m.Id).SingleAsync();
        }

        var undone = await worker.PostAsync($"/Cases/Linkage/{keptCase}", new() { ["mergeId"] = mergeId.ToString(), ["Reason"] = "a different woman after all", ["Confirm"] = "true" }, $"/Cases/Linkage/{keptCase}?handler=UndoMerge");
        Assert.Equal(HttpStatusCode.Redirect, undone.Status);
        await using (var db = database.CreateContext())
        {
            Assert.Null((await db.Persons.SingleAsync(p => p.Id == filed.PersonId)).MergedIntoId);
            Assert.NotNull((await db.PersonMerges.SingleAsync(m => m.Id == mergeId)).UndoneAt);
            Assert.Equal(keptPseudonym, (await db.Persons.SingleAsync(p => p.Id == candidate.PersonId)).Pseudonym);
            Assert.Equal(provisional, (await db.Persons.SingleAsync(p => p.Id == filed.PersonId)).Pseudonym);
            Assert.Null(AuditChain.FirstBroken(await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync()));
        }

        Assert.Contains($"/Cases/Details/{provisionalCase}", (await worker.GetAsync("/Cases?pseudonym=" + provisional)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejecting_a_review_closes_it_and_keeps_both_persons()
    {
        using var police = await WebSession.SignedInAsync(host.Factory, "signaller.politie");
        using var worker = await WebSession.SignedInAsync(host.Factory, "casemanager");
        var (candidate, filed, _) = await FileUncertainAsync(host.Database, police, 60);
        var review = await ReviewOfAsync(host.Database, filed.Id);

        var rejected = await worker.PostAsync($"/Reviews/Details/{review.Id}", [], $"/Reviews/Details/{review.Id}?handler=Reject");

        Assert.Equal(HttpStatusCode.Redirect, rejected.Status);
        await using var db = host.Database.CreateContext();
        Assert.Equal(LinkReviewStatus.Rejected, (await db.LinkReviews.SingleAsync(r => r.Id == review.Id)).Status);
        Assert.Equal("casemanager", (await db.LinkReviews.SingleAsync(r => r.Id == review.Id)).DecidedBy);
        Assert.Null((await db.Persons.SingleAsync(p => p.Id == filed.PersonId)).MergedIntoId);
        Assert.Null((await db.Persons.SingleAsync(p => p.Id == candidate.PersonId)).MergedIntoId);
        Assert.DoesNotContain($"/Reviews/Details/{review.Id}", (await worker.GetAsync("/Reviews")).Html, StringComparison.Ordinal);
        // A decided review cannot be decided again.
        await worker.PostAsync($"/Reviews/Details/{review.Id}", [], $"/Reviews/Details/{review.Id}?handler=Accept");
        await using var check = host.Database.CreateContext();
        Assert.Equal(LinkReviewStatus.Rejected, (await check.LinkReviews.SingleAsync(r => r.Id == review.Id)).Status);
        Assert.Null((await check.Persons.SingleAsync(p => p.Id == filed.PersonId)).MergedIntoId);
    }

    [Fact]
    public async Task Merging_by_pseudonym_needs_a_reason_and_a_confirmation_and_keeps_the_pseudonym()
    {
        using var worker = await WebSession.SignedInAsync(host.Factory, "casemanager");
        var (keptId, absorbedId) = await TwoPersonsAsync(1);
        var (keptPseudonym, keptCase) = await CaseOfAsync(host.Database, keptId);
        var (absorbedPseudonym, _) = await CaseOfAsync(host.Database, absorbedId);
        var path = $"/Cases/Linkage/{keptCase}";

        var unconfirmed = await worker.PostAsync(path, new() { ["Pseudonym"] = absorbedPseudonym, ["Reason"] = "same passport photo" }, path + "?handler=Merge");
        Assert.Equal(HttpStatusCode.OK, unconfirmed.Status);
        Assert.Contains("Bevestig dat u dit hebt gecontroleerd.", unconfirmed.Text, StringComparison.Ordinal);
        var unknown = await worker.PostAsync(path, new() { ["Pseudonym"] = "P-NOSUCHPERSON", ["Reason"] = "same passport photo", ["Confirm"] = "true" }, path + "?handler=Merge");
        Assert.Contains("Geen persoon heeft het pseudoniem P-NOSUCHPERSON.", unknown.Text, StringComparison.Ordinal);
        var shortReason = await worker.PostAsync(path, new() { ["Pseudonym"] = absorbedPseudonym, ["Reason"] = "same", ["Confirm"] = "true" }, path + "?handler=Merge");
        Assert.Contains("Geef de reden in minstens 10 tekens.", shortReason.Text, StringComparison.Ordinal);
        await using (var db = host.Database.CreateContext())
        {
            Assert.Null((await db.Persons.SingleAsync(p => p.Id == absorbedId)).MergedIntoId);
        }

        var merged = await worker.PostAsync(path, new() { ["Pseudonym"] = absorbedPseudonym.ToLowerInvariant(), ["Reason"] = "same passport photo", ["Confirm"] = "true" }, path + "?handler=Merge");

        Assert.Equal(HttpStatusCode.Redirect, merged.Status);
        await using var check = host.Database.CreateContext();
        Assert.Equal(keptId, (await check.Persons.SingleAsync(p => p.Id == absorbedId)).MergedIntoId);
        Assert.Equal(keptPseudonym, (await check.Persons.SingleAsync(p => p.Id == keptId)).Pseudonym);
        var entry = await check.AuditEntries.Where(e => e.Action == AuditAction.Merge && e.PersonId == keptId).ToListAsync();
        Assert.Equal("same passport photo", Assert.Single(entry).Reason);
        var page = await worker.GetAsync(path);
        Assert.Contains(absorbedPseudonym, page.Text, StringComparison.Ordinal);
        Assert.Contains("Deze samenvoeging ongedaan maken", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Splitting_signals_off_makes_a_new_person_and_undoing_the_split_merges_them_back()
    {
        using var worker = await WebSession.SignedInAsync(host.Factory, "casemanager");
        Guid person;
        List<Guid> signals;
        await using (var db = host.Database.CreateContext())
        {
            person = await db.Signals.Where(s => db.Persons.Any(p => p.Id == s.PersonId && p.MergedIntoId == null && !db.Persons.Any(m => m.MergedIntoId == p.Id)))
                .GroupBy(s => s.PersonId).Where(g => g.Count() >= 2).Select(g => g.Key!.Value).FirstAsync();
            signals = await db.Signals.Where(s => s.PersonId == person).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
        }

        var (pseudonym, caseId) = await CaseOfAsync(host.Database, person);
        var path = $"/Cases/Linkage/{caseId}";
        var form = await worker.GetAsync(path);
        Assert.Contains($"split-{signals[^1]:N}", form.Html, StringComparison.Ordinal);

        var split = await worker.PostAsync(path, new() { ["SignalIds"] = signals[^1].ToString(), ["Reason"] = "another person with the same name", ["Confirm"] = "true" }, path + "?handler=Split");

        Assert.Equal(HttpStatusCode.Redirect, split.Status);
        Guid splitId, fresh;
        await using (var db = host.Database.CreateContext())
        {
            var record = await db.PersonSplits.SingleAsync(s => s.FromPersonId == person);
            (splitId, fresh) = (record.Id, record.NewPersonId);
            var moved = signals[^1];
            Assert.Equal(fresh, (await db.Signals.SingleAsync(s => s.Id == moved)).PersonId);
            Assert.Equal(1, await db.Cases.CountAsync(c => c.PersonId == fresh));
            Assert.Equal(pseudonym, (await db.Persons.SingleAsync(p => p.Id == person)).Pseudonym);
        }

        var undo = await worker.PostAsync(path, new() { ["splitId"] = splitId.ToString(), ["Reason"] = "the same person after all", ["Confirm"] = "true" }, path + "?handler=UndoSplit");

        Assert.Equal(HttpStatusCode.Redirect, undo.Status);
        await using var check = host.Database.CreateContext();
        Assert.Equal(person, (await check.Persons.SingleAsync(p => p.Id == fresh)).MergedIntoId);
        Assert.Contains("Teruggevoegd bij deze persoon.", (await worker.GetAsync(path)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signaller_is_told_only_that_the_person_may_be_known()
    {
        using var police = await WebSession.SignedInAsync(host.Factory, "signaller.politie");
        var (candidate, _, list) = await FileUncertainAsync(host.Database, police, 100);

        Assert.Contains(Possibly, list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("P-", list.Visible, StringComparison.Ordinal);
        Assert.DoesNotContain("/Cases/", list.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("/Reviews/", list.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(candidate.FamilyName!, list.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Files, as the police, a signal that looks like a registered person without being sure. How sure the model is
    /// depends on the names' frequencies and on what it learnt from the population, so variants from weak to strong
    /// (a shortened given name, no family name, a date of birth some days off or exact; the family name without the
    /// given name) are tried on registered persons in turn (from <paramref name="from"/>) until linkage sends one to
    /// review; each try that it decides either way is an ordinary new or linked signal.
    /// </summary>
    private static async Task<(Signal Candidate, Signal Filed, WebSession.Page Answer)> FileUncertainAsync(ZichtDatabase database, WebSession police, int from)
    {
        var tried = new List<string>();
        static DateOnly Swapped(DateOnly d) => d.Day <= 12 && d.Day != d.Month ? new DateOnly(d.Year, d.Day, d.Month) : d.AddDays(3);
        var variants = new (string Name, Func<Signal, (string? Given, string? Family, DateOnly Born)> Make)[]
        {
            ("given name shortened, born 3 days off", k => (k.GivenName![..^1], null, k.DateOfBirth!.Value.AddDays(3))),
            ("given name shortened, day and month swapped", k => (k.GivenName![..^1], null, Swapped(k.DateOfBirth!.Value))),
            ("given name only, born 3 days off", k => (k.GivenName, null, k.DateOfBirth!.Value.AddDays(3))),
            ("family name only, born 3 days off", k => (null, k.FamilyName, k.DateOfBirth!.Value.AddDays(3))),
            ("both names shortened, born 3 days off", k => (k.GivenName![..^1], k.FamilyName![..^1], k.DateOfBirth!.Value.AddDays(3))),
            ("given name shortened, born the same day", k => (k.GivenName![..^1], null, k.DateOfBirth!.Value)),
            ("both names, born two years later", k => (k.GivenName, k.FamilyName, k.DateOfBirth!.Value.AddYears(2))),
            ("both names, born a year later", k => (k.GivenName, k.FamilyName, k.DateOfBirth!.Value.AddYears(1))),
            ("family name shortened, born the same day", k => (null, k.FamilyName![..^1], k.DateOfBirth!.Value)),
            ("family name shortened, born 3 days off", k => (null, k.FamilyName![..^1], k.DateOfBirth!.Value.AddDays(3))),
            ("family name only, day and month swapped", k => (null, k.FamilyName, Swapped(k.DateOfBirth!.Value))),
            ("given name only, born the same day", k => (k.GivenName, null, k.DateOfBirth!.Value)),
            ("both names, born three years later", k => (k.GivenName, k.FamilyName, k.DateOfBirth!.Value.AddYears(3))),
            ("both names, born five years later", k => (k.GivenName, k.FamilyName, k.DateOfBirth!.Value.AddYears(5))),
        };
        var persons = (await FullyIdentifiedAsync(database, from + (4 * variants.Length))).Skip(from).ToList();
        var next = 0;
        foreach (var (name, make) in variants)
        {
            foreach (var known in persons.Skip(next).Take(4))
            {
                next++;
                var (given, family, born) = make(known);
                var answer = await police.PostAsync("/Signals/New", Fields(given, family, born, known));
                Assert.Equal(HttpStatusCode.Redirect, answer.Status);
                var list = await police.GetAsync("/Signals");
                var filed = await SignalAsync(database, family, born, given);
                if (list.Text.Contains(Possibly, StringComparison.Ordinal))
                {
                    return (known, filed, list);
                }

                tried.Add($"{name}: {(list.Text.Contains(Known, StringComparison.Ordinal) ? "linked" : "new")}");
            }
        }

        Assert.Fail($"Linkage sent none of these signals to review: {string.Join("; ", tried)}.");
        return default;
    }

    private static Dictionary<string, string> Fields(string? given, string? family, DateOnly? born, Signal like)
    {
        var fields = new Dictionary<string, string>(SignalTests.Minimal()) { ["Gender"] = like.Gender.ToString() };
        if (given is not null)
        {
            fields["GivenName"] = given;
        }

        if (family is not null)
        {
            fields["FamilyName"] = family;
        }

        if (born is { } b)
        {
            fields["DateOfBirth"] = b.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (like.Nationality is { } n)
        {
            fields["Nationality"] = n;
        }

        return fields;
    }

    /// <summary>Seeded signals with a given and a family name of some length and a date of birth, of persons not merged, in a fixed order.</summary>
    private static async Task<List<Signal>> FullyIdentifiedAsync(ZichtDatabase database, int count)
    {
        await using var db = database.CreateContext();
        var signals = await db.Signals.AsNoTracking().Where(s => db.Persons.Any(p => p.Id == s.PersonId && p.MergedIntoId == null)).OrderBy(s => s.Id).ToListAsync();
        return signals.Where(s => s.GivenName is { Length: > 4 } && s.FamilyName is { Length: > 4 } && s.DateOfBirth is not null && s.DocumentNumber is null)
            .DistinctBy(s => s.PersonId).Take(count).ToList();
    }

    /// <summary>The signal filed with these identifiers (compared after decryption: every value has its own nonce).</summary>
    private static async Task<Signal> SignalAsync(ZichtDatabase database, string? family, DateOnly? born, string? given = null)
    {
        await using var db = database.CreateContext();
        var all = await db.Signals.AsNoTracking().Where(s => s.DateOfBirth != null).ToListAsync();
        return all.Single(s => s.DateOfBirth == born && s.FamilyName == family && (given is null || s.GivenName == given));
    }

    private static async Task<LinkReview> ReviewOfAsync(ZichtDatabase database, Guid signalId)
    {
        await using var db = database.CreateContext();
        return await db.LinkReviews.SingleAsync(r => r.SignalId == signalId);
    }

    private static async Task<(string Pseudonym, Guid CaseId)> CaseOfAsync(ZichtDatabase database, Guid personId)
    {
        await using var db = database.CreateContext();
        var pseudonym = await db.Persons.Where(p => p.Id == personId).Select(p => p.Pseudonym).SingleAsync();
        return (pseudonym, await db.Cases.Where(c => c.PersonId == personId).Select(c => c.Id).SingleAsync());
    }

    private static async Task<int> SignalCountAsync(ZichtDatabase database, Guid personId)
    {
        await using var db = database.CreateContext();
        return await db.Signals.CountAsync(s => s.PersonId == personId);
    }

    private static int TimelineSignals(string html) => html.Split("zicht-timeline__item--signal").Length - 1;

    private async Task<(Guid, Guid)> TwoPersonsAsync(int skip)
    {
        await using var db = host.Database.CreateContext();
        var two = await db.Persons.Where(p => p.MergedIntoId == null && !db.Persons.Any(m => m.MergedIntoId == p.Id)).OrderByDescending(p => p.Id).Skip(2 * skip).Take(2).Select(p => p.Id).ToListAsync();
        return (two[0], two[1]);
    }

    private static async Task<T> CountAsync<T>(ZichtDatabase database, Func<Zicht.Data.ZichtDbContext, Task<T>> query)
    {
        await using var db = database.CreateContext();
        return await query(db);
    }
}
