using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Zicht.Data.Privacy;
using Zicht.Data.Reference;
using Zicht.Data.Storage;
using Zicht.Synthetic;

// Measures the synthetic population at scale: generation alone, and seeding into SQLite and PostgreSQL.
// Usage: dotnet run -c Release --project bench/Zicht.Synthetic.Bench -- [generate|sqlite|postgres] PERSONS [CONNECTION]
// Prints elapsed time, rows per second and the process's peak working set (memory flat in persons means the
// peak does not grow with PERSONS).
var mode = args.ElementAtOrDefault(0) ?? "generate";
var persons = int.Parse(args.ElementAtOrDefault(1) ?? "100000", CultureInfo.InvariantCulture);
var options = new SyntheticOptions { Persons = persons };
var protector = new FieldProtector(RandomNumberGenerator.GetBytes(32));
var pseudonyms = new Pseudonymizer(RandomNumberGenerator.GetBytes(32));
var clock = Stopwatch.StartNew();
long rows = 0, written = 0;

switch (mode)
{
    case "generate":
        foreach (var chunk in new PopulationGenerator(options, MunicipalityList.Shipped(), pseudonyms).Generate())
        {
            rows += chunk.RowCount;
            written += chunk.Persons.Count;
        }

        break;
    case "sqlite" or "postgres":
        var target = mode == "sqlite"
            ? DatabaseTarget.Parse(args.ElementAtOrDefault(2) ?? Path.Combine(Path.GetTempPath(), $"zicht-bench-{persons}.db"))
            : DatabaseTarget.Parse(args.ElementAtOrDefault(2) ?? throw new ArgumentException("postgres needs a connection string"));
        var database = new ZichtDatabase(target, protector);
        await using (var db = database.CreateContext())
        {
            await db.Database.EnsureDeletedAsync();
        }

        var summary = await new Seeder(database, pseudonyms).RunAsync(options, truthDirectory: null, new Progress<SeedProgress>(p => written = p.PersonsWritten));
        rows = summary.Rows;
        written = summary.Persons;
        break;
    default:
        throw new ArgumentException($"unknown mode {mode}: use generate, sqlite or postgres");
}

var seconds = clock.Elapsed.TotalSeconds;
using var self = Process.GetCurrentProcess();
Console.WriteLine(FormattableString.Invariant(
    $"{mode}: {written:N0} persons, {rows:N0} rows in {seconds:N1} s ({rows / seconds:N0} rows/s); peak working set {self.PeakWorkingSet64 / 1048576.0:N0} MiB; {Environment.ProcessorCount} cores"));
