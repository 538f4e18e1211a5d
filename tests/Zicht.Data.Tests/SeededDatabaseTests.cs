using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zicht.Data.Privacy;
using Zicht.Data.Storage;
using Zicht.Synthetic;

namespace Zicht.Data.Tests;

public sealed class SeededDatabaseTests
{
    private static readonly SyntheticOptions Small = new() { Persons = 600, FromYear = 2019, ToYear = 2020, Seed = 5 };

    private static async Task<ZichtDatabase> SeedAsync(DatabaseProvider provider)
    {
        var database = TestDatabases.Create(provider);
        await new Seeder(database, new Pseudonymizer(RandomNumberGenerator.GetBytes(32))).RunAsync(Small, truthDirectory: null, ct: TestContext.Current.CancellationToken);
        return database;
    }

    [Fact]
    public async Task A_seeded_SQLite_file_contains_no_name_or_date_of_birth_in_plaintext()
    {
        var database = await SeedAsync(DatabaseProvider.Sqlite);
        var ct = TestContext.Current.CancellationToken;
        List<string> names;
        List<DateOnly> births;
        await using (var db = database.CreateContext())
        {
            var persons = await db.Persons.ToListAsync(ct);
            var signals = await db.Signals.ToListAsync(ct);
            names = persons.SelectMany(p => new[] { p.GivenName, p.FamilyName })
                .Concat(signals.SelectMany(s => new[] { s.GivenName, s.FamilyName }))
                .OfType<string>().Where(n => n.Length >= 4).Distinct().ToList();
            births = persons.Select(p => p.DateOfBirth).Concat(signals.Select(s => s.DateOfBirth)).OfType<DateOnly>().Distinct().ToList();
        }

        // Sanity: the seed really stored identifying data, so finding none of it below means something.
        Assert.True(names.Count > 100, $"only {names.Count} names were seeded");
        Assert.True(births.Count > 300, $"only {births.Count} dates of birth were seeded");

        ZichtDatabase.ReleaseSqliteFiles();
        var bytes = await File.ReadAllBytesAsync(database.Target.SqliteFile!, ct);
        foreach (var wal in new[] { "-wal", "-shm" }.Select(s => database.Target.SqliteFile + s).Where(File.Exists))
        {
            bytes = [.. bytes, .. await File.ReadAllBytesAsync(wal, ct)];
        }

        var text = Encoding.UTF8.GetString(bytes);
        var latin = Encoding.Latin1.GetString(bytes);
        // Short names can occur inside public words the database holds in the clear ("Noor" in "Noord-Holland",
        // "Tran" in "Transport"); those are no leak. Everything else that turns up is.
        var vocabulary = string.Join('|', Zicht.Data.Reference.MunicipalityList.Shipped().SelectMany(m => new[] { m.Name, m.Province })
            .Concat(Zicht.Synthetic.SyntheticOrganisations.All.Select(o => o.Name))
            .Concat(typeof(Zicht.Domain.Registry.Signal).Assembly.GetTypes().Where(t => t.IsEnum).SelectMany(Enum.GetNames)));
        var leaked = names.Where(n => (text.Contains(n, StringComparison.Ordinal) || latin.Contains(n, StringComparison.Ordinal))
            && !vocabulary.Contains(n, StringComparison.Ordinal)).ToList();
        Assert.True(leaked.Count == 0, $"names in plaintext: {string.Join(", ", leaked.Take(5))}");
        foreach (var d in births)
        {
            foreach (var format in new[] { "yyyy-MM-dd", "dd-MM-yyyy", "yyyyMMdd", "dd/MM/yyyy" })
            {
                Assert.DoesNotContain(d.ToString(format, CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Seeding_writes_rows_that_the_model_reads_back(DatabaseProvider provider)
    {
        var database = await SeedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await using var db = database.CreateContext();
        var persons = await db.Persons.CountAsync(ct);
        Assert.InRange(persons, 500, 700);
        Assert.True(await db.Signals.CountAsync(ct) >= persons);
        Assert.Equal(persons, await db.Cases.CountAsync(ct));
        Assert.Equal(0, await db.Signals.CountAsync(s => s.PersonId == null, ct));
        Assert.True(await db.Signals.AnyAsync(s => s.Forms.Contains(Zicht.Domain.Registry.ExploitationForm.Criminal), ct));
        var suspect = await db.Suspects.Include(s => s.Victims).FirstAsync(ct);
        Assert.NotEmpty(suspect.Victims);
        var verdict = await db.Verdicts.Include(v => v.Sentences).FirstAsync(v => v.Outcome == Zicht.Domain.Perpetrators.VerdictOutcome.Conviction, ct);
        Assert.NotEmpty(verdict.Sentences);
        // Decrypting every identifying field works: the bulk path wrote what EF Core reads.
        Assert.All(await db.Signals.Take(200).ToListAsync(ct), s => Assert.True(s.GivenName is null || s.GivenName.Length > 0));
    }

    [Fact]
    public async Task Seeding_refuses_a_database_that_already_holds_persons()
    {
        var database = await SeedAsync(DatabaseProvider.Sqlite);
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new Seeder(database, new Pseudonymizer(RandomNumberGenerator.GetBytes(32))).RunAsync(Small, null, ct: TestContext.Current.CancellationToken));
        Assert.Contains("already holds", e.Message);
    }
}
