using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zicht.Data.Audit;
using Zicht.Data.Linking;
using Zicht.Data.Privacy;
using Zicht.Data.Storage;
using Zicht.Domain;
using Zicht.Domain.Organisations;
using Zicht.Domain.Registry;
using Zicht.Linkage.Incremental;
using Zicht.Synthetic;

namespace Zicht.Data.Tests.Linking;

public sealed class RegistryLinkingTests
{
    private static readonly Pseudonymizer Pseudonyms = new(RandomNumberGenerator.GetBytes(32));

    private static async Task<(ZichtDatabase Database, RegistryLinking Linking)> SeededAsync(DatabaseProvider provider)
    {
        var database = TestDatabases.Create(provider);
        await new Seeder(database, Pseudonyms).RunAsync(new SyntheticOptions { Persons = 800, FromYear = 2019, ToYear = 2020, Seed = 9 }, null, ct: TestContext.Current.CancellationToken);
        return (database, new RegistryLinking(new UnitOfWork(database), Pseudonyms));
    }

    private static Signal NewSignal(PersonIdentity identity, Gender gender = Gender.Female, string? nationality = "NG") =>
        Signal.Create(Guid.CreateVersion7(), SyntheticOrganisations.All.First(o => o.Type == OrganisationType.Police), new SignalDetails
        {
            SignalDate = new DateOnly(2025, 6, 1),
            Forms = [ExploitationForm.Sexual],
            Identity = identity,
            Gender = gender,
            Nationality = nationality,
            Consent = ConsentStatus.NotRequired,
        }, new DateOnly(2025, 12, 31), DateTimeOffset.UtcNow);

    private static async Task<Signal> SomeFullyIdentifiedSignalAsync(ZichtDatabase database, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return (await db.Signals.AsNoTracking().Where(s => s.Gender == Gender.Female).Take(400).ToListAsync(ct))
            .First(s => s.GivenName is { Length: > 4 } && s.FamilyName is { Length: > 4 } && s.DateOfBirth is not null && s.DocumentNumber is null);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_new_signal_of_a_known_person_is_linked_and_a_stranger_becomes_a_new_person(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (database, linking) = await SeededAsync(provider);
        var known = await SomeFullyIdentifiedSignalAsync(database, ct);
        Assert.True((await linking.LinkerAsync(ct)).HasModel);

        // The same person registered again elsewhere: a typo in the family name, the date of birth as it was.
        var typo = known.FamilyName![..^2] + known.FamilyName[^1] + known.FamilyName[^2];
        var again = await linking.RegisterAsync(NewSignal(new PersonIdentity(known.GivenName, typo, known.DateOfBirth), known.Gender, known.Nationality), "caseworker", ct);
        Assert.Equal(LinkDecision.Linked, again.Decision);
        Assert.Equal(known.PersonId, again.PersonId);
        Assert.False(again.NewPerson);

        var stranger = await linking.RegisterAsync(NewSignal(new PersonIdentity("Zephyrine", "Quixotewell", new DateOnly(1987, 11, 23))), "caseworker", ct);
        Assert.True(stranger.NewPerson);
        Assert.NotEqual(known.PersonId, stranger.PersonId);

        await using var db = database.CreateContext();
        var person = await db.Persons.SingleAsync(p => p.Id == stranger.PersonId, ct);
        Assert.StartsWith("P-", person.Pseudonym);
        Assert.Equal(1, await db.Cases.CountAsync(c => c.PersonId == stranger.PersonId, ct));
        // The known person's signal; the stranger's person, case and signal.
        Assert.Equal(4, await db.AuditEntries.CountAsync(ct));
        Assert.Null(await AuditTrail.VerifyAsync(db, ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Signals_registered_side_by_side_all_land_with_their_persons_and_the_chain_holds(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (database, linking) = await SeededAsync(provider);
        string[] given = ["Aurelia", "Bartholomea", "Cressida", "Dagny", "Evangelina", "Fenella", "Griselda", "Hortensia"];
        string[] family = ["Quackenbos", "Riemersma", "Sjoerdsma", "Tjalsma", "Uilenreef", "Vlietstra", "Wiersema", "Ypenburg"];
        // Eight new persons, each signalled three times at once: the index links the second and third to the first
        // while its person may not be saved yet; stored in the same batch they find it added in that unit of work,
        // in a later batch they find it stored.
        var signals = Enumerable.Range(0, 24)
            .Select(i => NewSignal(new PersonIdentity(given[i % 8], family[i % 8], new DateOnly(1970 + 3 * (i % 8), 1 + i % 8, 2 + 3 * (i % 8)))))
            .ToList();

        await Parallel.ForEachAsync(signals, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (s, c) => await linking.RegisterAsync(s, "signaller", c));

        await using var db = database.CreateContext();
        var ids = signals.Select(s => s.Id).ToList();
        var stored = await db.Signals.Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        Assert.Equal(24, stored.Count);
        var persons = stored.Select(s => s.PersonId!.Value).Distinct().ToList();
        Assert.Equal(persons.Count, await db.Persons.CountAsync(p => persons.Contains(p.Id), ct));
        Assert.All(stored.GroupBy(s => s.FamilyName), g => Assert.Single(g.Select(s => s.PersonId).Distinct()));
        Assert.Equal(8, persons.Count);
        Assert.Equal(8, await db.Cases.CountAsync(c => persons.Contains(c.PersonId), ct));
        Assert.Null(await AuditTrail.VerifyAsync(db, ct));
    }

    [Fact]
    public async Task Merging_points_one_person_at_the_other_and_undoing_restores_both()
    {
        var ct = TestContext.Current.CancellationToken;
        var (database, linking) = await SeededAsync(DatabaseProvider.Sqlite);
        Guid a, b, c;
        string pseudonymA;
        await using (var db = database.CreateContext())
        {
            var three = await db.Persons.OrderBy(p => p.Id).Take(3).ToListAsync(ct);
            (a, b, c) = (three[0].Id, three[1].Id, three[2].Id);
            pseudonymA = three[0].Pseudonym;
        }

        var first = await linking.MergeAsync(b, c, "caseworker", "same passport", ct);   // c → b
        var second = await linking.MergeAsync(a, b, "caseworker", "same person", ct);    // b → a, and c re-pointed to a
        Assert.Equal([c], second.RepointedPersonIds);
        await using (var db = database.CreateContext())
        {
            var persons = await db.Persons.Where(p => p.Id == a || p.Id == b || p.Id == c).ToDictionaryAsync(p => p.Id, ct);
            Assert.Null(persons[a].MergedIntoId);
            Assert.Equal(a, persons[b].MergedIntoId);
            Assert.Equal(a, persons[c].MergedIntoId);
            Assert.Equal(pseudonymA, persons[a].Pseudonym);
        }

        await Assert.ThrowsAsync<DomainException>(() => linking.MergeAsync(a, c, "caseworker", "again", ct));
        await Assert.ThrowsAsync<DomainException>(() => linking.UndoMergeAsync(first.Id, "caseworker", ct: ct));

        await linking.UndoMergeAsync(second.Id, "caseworker", ct: ct);
        await using (var db = database.CreateContext())
        {
            var persons = await db.Persons.Where(p => p.Id == a || p.Id == b || p.Id == c).ToDictionaryAsync(p => p.Id, ct);
            Assert.Null(persons[a].MergedIntoId);
            Assert.Null(persons[b].MergedIntoId);
            Assert.Equal(b, persons[c].MergedIntoId);
            Assert.Equal(3, await db.AuditEntries.CountAsync(ct));
            Assert.Null(await AuditTrail.VerifyAsync(db, ct));
        }
    }

    [Fact]
    public async Task A_merge_is_seen_by_linkage_so_new_signals_go_to_the_kept_person()
    {
        var ct = TestContext.Current.CancellationToken;
        var (database, linking) = await SeededAsync(DatabaseProvider.Sqlite);
        var known = await SomeFullyIdentifiedSignalAsync(database, ct);
        Guid other;
        await using (var db = database.CreateContext())
        {
            other = await db.Persons.Where(p => p.Id != known.PersonId).Select(p => p.Id).FirstAsync(ct);
        }

        await linking.MergeAsync(other, known.PersonId!.Value, "caseworker", "same person", ct);
        var again = await linking.RegisterAsync(NewSignal(new PersonIdentity(known.GivenName, known.FamilyName, known.DateOfBirth), known.Gender, known.Nationality), "caseworker", ct);
        Assert.Equal(other, again.PersonId);
    }

    [Fact]
    public async Task Splitting_moves_signals_to_a_new_person_and_keeps_the_old_pseudonym()
    {
        var ct = TestContext.Current.CancellationToken;
        var (database, linking) = await SeededAsync(DatabaseProvider.Sqlite);
        Guid person;
        List<Guid> signals;
        string pseudonym;
        await using (var db = database.CreateContext())
        {
            person = await db.Signals.GroupBy(s => s.PersonId).Where(g => g.Count() >= 2).Select(g => g.Key!.Value).FirstAsync(ct);
            signals = await db.Signals.Where(s => s.PersonId == person).OrderBy(s => s.SignalDate).Select(s => s.Id).ToListAsync(ct);
            pseudonym = (await db.Persons.SingleAsync(p => p.Id == person, ct)).Pseudonym;
        }

        await Assert.ThrowsAsync<DomainException>(() => linking.SplitAsync(person, signals, "caseworker", "all of them", ct));
        var split = await linking.SplitAsync(person, [signals[^1]], "caseworker", "another woman with the same name", ct);
        var moved = signals[^1];
        await using (var db = database.CreateContext())
        {
            Assert.Equal(split.NewPersonId, (await db.Signals.SingleAsync(s => s.Id == moved, ct)).PersonId);
            Assert.Equal(pseudonym, (await db.Persons.SingleAsync(p => p.Id == person, ct)).Pseudonym);
            Assert.Equal(1, await db.Cases.CountAsync(c => c.PersonId == split.NewPersonId, ct));
            Assert.Null(await AuditTrail.VerifyAsync(db, ct));
        }

        // Reversible: merging the new person back puts everything under the original person again.
        await linking.MergeAsync(person, split.NewPersonId, "caseworker", "split was wrong", ct);
        await using (var db = database.CreateContext())
        {
            Assert.Equal(person, (await db.Persons.SingleAsync(p => p.Id == split.NewPersonId, ct)).MergedIntoId);
        }
    }

    [Fact]
    public async Task Deciding_a_review_merges_only_when_it_is_the_same_person_and_only_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var (database, linking) = await SeededAsync(DatabaseProvider.Sqlite);
        Guid reviewSame, reviewOther, a, b, c;
        await using (var db = database.CreateContext())
        {
            var persons = await db.Persons.OrderBy(p => p.Id).Take(3).Select(p => p.Id).ToListAsync(ct);
            (a, b, c) = (persons[0], persons[1], persons[2]);
            var signalOfB = await db.Signals.Where(s => s.PersonId == b).Select(s => s.Id).FirstAsync(ct);
            var signalOfC = await db.Signals.Where(s => s.PersonId == c).Select(s => s.Id).FirstAsync(ct);
            var same = new LinkReview(Guid.CreateVersion7(), signalOfB, b, a, 0.7, DateTimeOffset.UtcNow);
            var other = new LinkReview(Guid.CreateVersion7(), signalOfC, c, a, 0.6, DateTimeOffset.UtcNow);
            db.LinkReviews.AddRange(same, other);
            await db.SaveChangesAsync(ct);
            (reviewSame, reviewOther) = (same.Id, other.Id);
        }

        await linking.DecideAsync(reviewSame, samePerson: true, "caseworker", ct);
        await linking.DecideAsync(reviewOther, samePerson: false, "caseworker", ct);
        await Assert.ThrowsAsync<DomainException>(() => linking.DecideAsync(reviewOther, samePerson: true, "caseworker", ct));

        await using var check = database.CreateContext();
        Assert.Equal(a, (await check.Persons.SingleAsync(p => p.Id == b, ct)).MergedIntoId);
        Assert.Null((await check.Persons.SingleAsync(p => p.Id == c, ct)).MergedIntoId);
        Assert.Equal(LinkReviewStatus.Rejected, (await check.LinkReviews.SingleAsync(r => r.Id == reviewOther, ct)).Status);
        Assert.Equal("caseworker", (await check.LinkReviews.SingleAsync(r => r.Id == reviewSame, ct)).DecidedBy);
    }

    [Fact]
    public async Task Two_persons_judged_different_are_not_put_to_review_again_by_a_later_signal()
    {
        var ct = TestContext.Current.CancellationToken;
        var (database, linking) = await SeededAsync(DatabaseProvider.Sqlite);
        var known = await SomeFullyIdentifiedSignalAsync(database, ct);
        Signal Same() => NewSignal(new PersonIdentity(known.GivenName, known.FamilyName, known.DateOfBirth), known.Gender, known.Nationality);

        // Two persons with the same identifiers: a second signal linked to the first, then split off as someone else.
        var second = await linking.RegisterAsync(Same(), "signaller", ct);
        Assert.Equal(known.PersonId, second.PersonId);
        var namesake = (await linking.SplitAsync(known.PersonId!.Value, [second.SignalId], "caseworker", "a namesake, born the same day", ct)).NewPersonId;

        // A third such signal fits both: linked to one, with a review against the other, which the case worker rejects.
        var third = await linking.RegisterAsync(Same(), "signaller", ct);
        Assert.Equal(LinkDecision.Review, third.Decision);
        var review = Assert.Single(third.ReviewIds);
        Assert.Contains(third.PersonId, new[] { known.PersonId!.Value, namesake });
        await linking.DecideAsync(review, samePerson: false, "caseworker", ct);

        // A fourth is linked as before, and the question already answered is not asked again.
        var fourth = await linking.RegisterAsync(Same(), "signaller", ct);
        Assert.Contains(fourth.PersonId, new[] { known.PersonId!.Value, namesake });
        Assert.Empty(fourth.ReviewIds);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.LinkReviews.CountAsync(r => r.Status == LinkReviewStatus.Pending, ct));
    }

    private static Signal Stranger(int i) =>
        NewSignal(new PersonIdentity($"Wilhelmina{(char)('a' + i % 26)}{(char)('a' + i / 26)}", $"Zuiderveldhuis{(char)('a' + i % 26)}{(char)('a' + i / 26)}", new DateOnly(1960 + i % 40, 1 + i % 12, 1 + i % 28)));

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_model_is_estimated_again_once_the_registry_has_grown_and_keeps_every_signal(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (database, seeded) = await SeededAsync(provider);
        await seeded.DisposeAsync();
        var log = new ListLogger<RegistryLinking>();
        await using var linking = new RegistryLinking(new UnitOfWork(database), Pseudonyms, log) { ReestimateGrowth = 1.01 };
        var first = await linking.LinkerAsync(ct);
        Assert.True(first.HasModel);
        Assert.Equal(first.RecordCount, first.ModelRecords);

        // Grown by a hundredth: the next signal starts a re-estimation in the background; the rest arrive while it runs.
        var grow = first.ModelRecords / 100 + 1;
        var registered = new List<SignalLinkResult>();
        for (var i = 0; i < grow + 5; i++)
        {
            registered.Add(await linking.RegisterAsync(Stranger(i), "signaller", ct));
        }

        await linking.Reestimation;
        var second = await linking.LinkerAsync(ct);
        Assert.NotSame(first, second);
        Assert.True(second.ModelRecords >= first.ModelRecords + grow - 1, $"estimated on {second.ModelRecords} signals, {first.ModelRecords} before");
        Assert.Equal(first.ModelRecords + registered.Count, second.RecordCount);
        Assert.All(registered, r => Assert.True(second.Contains(r.SignalId)));
        Assert.Contains(log.Lines, l => l.StartsWith($"Information: Linkage model estimated again on {second.ModelRecords} signals (before: {first.ModelRecords})", StringComparison.Ordinal));

        // The new index links a later signal of one of them to that person.
        var again = await linking.RegisterAsync(Stranger(3), "signaller", ct);
        Assert.Equal(registered[3].PersonId, again.PersonId);
        Assert.Equal(LinkDecision.Linked, again.Decision);
    }

    [Fact]
    public async Task An_index_catches_up_with_signals_another_process_stored()
    {
        var ct = TestContext.Current.CancellationToken;
        var (database, elsewhere) = await SeededAsync(DatabaseProvider.Sqlite);
        RegistryLinker ours;
        await using (var db = database.CreateContext())
        {
            ours = await RegistryLinker.BuildAsync(db, ct);
        }

        var stored = new List<SignalLinkResult>();
        for (var i = 0; i < 3; i++)
        {
            stored.Add(await elsewhere.RegisterAsync(Stranger(i), "signaller", ct));
        }

        Assert.All(stored, r => Assert.False(ours.Contains(r.SignalId)));
        await using (var db = database.CreateContext())
        {
            Assert.Equal(3, await ours.CatchUpAsync(db, ct));
            Assert.Equal(0, await ours.CatchUpAsync(db, ct));
        }

        Assert.All(stored, r => Assert.True(ours.Contains(r.SignalId)));
        var outcome = ours.Link(Stranger(1));
        Assert.Equal(LinkDecision.Linked, outcome.Decision);
        Assert.Equal(stored[1].PersonId.ToString("D"), outcome.ClusterId);
    }
}
