using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zicht.Data.Privacy;
using Zicht.Data.Storage;
using Zicht.Domain.Organisations;
using Zicht.Domain.Registry;
using Zicht.Synthetic;

namespace Zicht.Data.Tests;

public sealed class BulkWriterTests
{
    private static readonly Organisation Ngo = new(Guid.NewGuid(), "Stichting Test", OrganisationType.Ngo);

    private static Signal NewSignal(Guid id) => Signal.Create(id, Ngo, new SignalDetails
    {
        SignalDate = new DateOnly(2023, 9, 30),
        Forms = [ExploitationForm.Labour, ExploitationForm.Criminal],
        LabourSector = LabourSector.Construction,
        Indicators = [Indicator.WithholdingOfWages, Indicator.ExcessiveOvertime],
        MunicipalityCode = "GM0599",
        Nationality = "PL",
        Gender = Gender.Male,
        Identity = new PersonIdentity("Łukasz", "Wiśniewski", new DateOnly(1989, 2, 3), "AB1234567", "Łódź"),
        ResidenceStatus = ResidenceStatus.EuCitizen,
        Consent = ConsentStatus.Given,
        VictimStatus = VictimStatus.Actual,
        Narrative = "Woont op het terrein van de werkgever.",
    }, new DateOnly(2024, 1, 1), new DateTimeOffset(2023, 9, 30, 14, 5, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Bulk_inserted_rows_equal_what_SaveChanges_writes(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var database = TestDatabases.Create(provider);
        await database.MigrateAsync(ct);
        var viaEf = NewSignal(Guid.NewGuid());
        var viaBulk = NewSignal(Guid.NewGuid());
        await using (var db = database.CreateContext())
        {
            db.Organisations.Add(Ngo);
            db.Signals.Add(viaEf);
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await BulkWriter.InsertAsync(db, [viaBulk], ct);
            await tx.CommitAsync(ct);
        }

        // Column by column, the stored values agree, except the id and the ciphertexts (fresh nonces each time).
        var raw = await RawRowsAsync(database, ct);
        var encrypted = new[] { "GivenName", "FamilyName", "DateOfBirth", "DocumentNumber", "PlaceOfBirth", "Narrative" };
        Assert.Equal(2, raw.Count);
        foreach (var column in raw[0].Keys.Except(encrypted).Except(["Id"]))
        {
            Assert.True(Equals(raw[0][column], raw[1][column]), $"{column}: {raw[0][column]} vs {raw[1][column]}");
        }

        await using var read = database.CreateContext();
        var a = await read.Signals.SingleAsync(s => s.Id == viaEf.Id, ct);
        var b = await read.Signals.SingleAsync(s => s.Id == viaBulk.Id, ct);
        Assert.Equal(a.Identity, b.Identity);
        Assert.Equal(a.Narrative, b.Narrative);
        Assert.Equal(a.Forms, b.Forms);
        Assert.Equal(a.RecordedAt, b.RecordedAt);
        Assert.Equal(1, await read.Signals.CountAsync(s => s.Id == viaBulk.Id && s.Indicators.Contains(Indicator.ExcessiveOvertime), ct));
    }

    [Fact]
    public async Task Bulk_inserts_need_a_transaction()
    {
        var database = TestDatabases.Create(DatabaseProvider.Sqlite);
        await database.MigrateAsync(TestContext.Current.CancellationToken);
        await using var db = database.CreateContext();
        await Assert.ThrowsAsync<InvalidOperationException>(() => BulkWriter.InsertAsync(db, [NewSignal(Guid.NewGuid())], TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Two_persons_with_the_same_identifiers_get_different_pseudonyms()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = TestDatabases.Create(DatabaseProvider.Sqlite);
        await database.MigrateAsync(ct);
        var pseudonyms = new Pseudonymizer(RandomNumberGenerator.GetBytes(32));
        var identity = new PersonIdentity("Emma", "de Jong", new DateOnly(2000, 1, 1));
        Person NewPerson() { var id = Guid.NewGuid(); return new Person(id, pseudonyms.ForPerson(identity, id), identity, Gender.Female, "NL", new DateOnly(2020, 1, 1)); }

        await using var db = database.CreateContext();
        var stored = NewPerson();
        db.Persons.Add(stored);
        await db.SaveChangesAsync(ct);

        var chunk = new SyntheticChunk { Year = 2020 };
        chunk.Persons.Add(NewPerson());
        chunk.Persons.Add(NewPerson());
        await new Seeder(database, pseudonyms).ResolvePseudonymCollisionsAsync(db, chunk, ct);

        var all = new[] { stored.Pseudonym, chunk.Persons[0].Pseudonym, chunk.Persons[1].Pseudonym };
        Assert.Equal(3, all.Distinct().Count());
        Assert.Equal(pseudonyms.ForPerson(identity, Guid.Empty, attempt: 1), chunk.Persons[0].Pseudonym);
        Assert.Equal(pseudonyms.ForPerson(identity, Guid.Empty, attempt: 2), chunk.Persons[1].Pseudonym);
    }

    private static async Task<List<Dictionary<string, object?>>> RawRowsAsync(ZichtDatabase database, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        DbConnection connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT * FROM \"Signals\"";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync(ct))
        {
            var row = new Dictionary<string, object?>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var v = reader.IsDBNull(i) ? null : reader.GetValue(i);
                row[reader.GetName(i)] = v is Array array ? string.Join(",", array.Cast<object>()) : v;
            }

            rows.Add(row);
        }

        return rows;
    }
}
