using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zicht.Data.Privacy;
using Zicht.Data.Storage;
using Zicht.Domain.Organisations;
using Zicht.Domain.Registry;

namespace Zicht.Data.Tests;

public sealed class StorageTests
{
    private static readonly Organisation Police = new(Guid.NewGuid(), "Politie Test", OrganisationType.Police);

    private static async Task<(Person Person, Signal Signal, Case Case)> StoreOneAsync(ZichtDatabase database)
    {
        await database.MigrateAsync(TestContext.Current.CancellationToken);
        await using var db = database.CreateContext();
        var identity = new PersonIdentity("Precious", "Omoregie", new DateOnly(1998, 7, 14), "NXK123456");
        var person = new Person(Guid.NewGuid(), "P-TEST", identity, Gender.Female, "NG", new DateOnly(2024, 2, 1));
        var signal = Signal.Create(Guid.NewGuid(), Police, new SignalDetails
        {
            SignalDate = new DateOnly(2024, 2, 1),
            Forms = [ExploitationForm.Sexual, ExploitationForm.Labour],
            Indicators = [Indicator.DebtBondage, Indicator.Deception],
            MunicipalityCode = "GM0363",
            Nationality = "NG",
            Identity = identity,
            Consent = ConsentStatus.NotRequired,
            Narrative = "Aangetroffen bij een controle.",
        }, new DateOnly(2025, 1, 1), DateTimeOffset.UtcNow);
        signal.LinkTo(person.Id);
        var @case = new Case(Guid.NewGuid(), person.Id, signal.SignalDate, "GM0363");
        db.Organisations.Add(Police);
        db.Persons.Add(person);
        db.Signals.Add(signal);
        db.Cases.Add(@case);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (person, signal, @case);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Identifying_fields_round_trip_through_encryption(DatabaseProvider provider)
    {
        var database = TestDatabases.Create(provider);
        var (person, signal, _) = await StoreOneAsync(database);

        await using var db = database.CreateContext();
        var readPerson = await db.Persons.SingleAsync(p => p.Id == person.Id, TestContext.Current.CancellationToken);
        var readSignal = await db.Signals.SingleAsync(s => s.Id == signal.Id, TestContext.Current.CancellationToken);
        Assert.Equal(person.Identity, readPerson.Identity);
        Assert.Equal(signal.Identity, readSignal.Identity);
        Assert.Equal("Aangetroffen bij een controle.", readSignal.Narrative);
        Assert.Equal([ExploitationForm.Sexual, ExploitationForm.Labour], readSignal.Forms);
        Assert.Equal([Indicator.Deception, Indicator.DebtBondage], readSignal.Indicators);
        Assert.Equal(25, readSignal.AgeAtSignal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Identifying_fields_are_stored_as_ciphertext(DatabaseProvider provider)
    {
        var database = TestDatabases.Create(provider);
        var (person, _, _) = await StoreOneAsync(database);

        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT \"FamilyName\" FROM \"Persons\"";
        var stored = (byte[])(await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
        Assert.DoesNotContain("Omoregie", System.Text.Encoding.UTF8.GetString(stored));
        Assert.Equal("Omoregie", System.Text.Encoding.UTF8.GetString(database.Protector.Unprotect(stored)));
        Assert.Equal("P-TEST", person.Pseudonym);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Another_key_cannot_read_the_identifying_fields(DatabaseProvider provider)
    {
        var database = TestDatabases.Create(provider);
        await StoreOneAsync(database);

        var stranger = new ZichtDatabase(database.Target, new FieldProtector(RandomNumberGenerator.GetBytes(32)));
        await using var db = stranger.CreateContext();
        await Assert.ThrowsAsync<CryptographicException>(() => db.Persons.ToListAsync(TestContext.Current.CancellationToken));
        // Non-identifying fields stay readable for the statistics: only the encrypted ones need the key.
        Assert.Equal(1, await db.Persons.CountAsync(p => p.Nationality == "NG", TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_stale_edit_of_a_case_is_refused_not_silently_lost(DatabaseProvider provider)
    {
        var database = TestDatabases.Create(provider);
        var (_, _, stored) = await StoreOneAsync(database);
        var ct = TestContext.Current.CancellationToken;

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var a = await first.Cases.SingleAsync(c => c.Id == stored.Id, ct);
        var b = await second.Cases.SingleAsync(c => c.Id == stored.Id, ct);
        a.MoveToFollowUp();
        await first.SaveChangesAsync(ct);
        b.AssignMunicipality("GM0599");
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(ct));

        await using var check = database.CreateContext();
        var now = await check.Cases.SingleAsync(c => c.Id == stored.Id, ct);
        Assert.Equal(CaseStatus.FollowUp, now.Status);
        Assert.Equal("GM0363", now.MunicipalityCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Migrating_creates_every_table_and_loads_the_municipalities(DatabaseProvider provider)
    {
        var database = TestDatabases.Create(provider);
        await database.MigrateAsync(TestContext.Current.CancellationToken);
        Assert.Empty(await database.PendingMigrationsAsync(TestContext.Current.CancellationToken));
        var counts = (await database.CountsAsync(TestContext.Current.CancellationToken)).ToDictionary(c => c.Table, c => c.Rows);
        Assert.Equal(342, counts["Municipalities"]);
        Assert.Equal(0, counts["Persons"]);
        Assert.True(counts.Count >= 17);

        // A second migrate is a no-op, not a failure or a duplicate load.
        await database.MigrateAsync(TestContext.Current.CancellationToken);
        Assert.Equal(342, (await database.CountsAsync(TestContext.Current.CancellationToken)).Single(c => c.Table == "Municipalities").Rows);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_signal_with_an_unknown_municipality_is_refused_by_the_database(DatabaseProvider provider)
    {
        var database = TestDatabases.Create(provider);
        await database.MigrateAsync(TestContext.Current.CancellationToken);
        await using var db = database.CreateContext();
        db.Organisations.Add(Police);
        db.Signals.Add(Signal.Create(Guid.NewGuid(), Police, new SignalDetails
        {
            SignalDate = new DateOnly(2024, 1, 1),
            Forms = [ExploitationForm.Other],
            MunicipalityCode = "GM9999",
            Consent = ConsentStatus.NotRequired,
        }, new DateOnly(2025, 1, 1), DateTimeOffset.UtcNow));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        await using var check = database.CreateContext();
        Assert.Equal(0, await check.Organisations.CountAsync(TestContext.Current.CancellationToken));
    }
}
