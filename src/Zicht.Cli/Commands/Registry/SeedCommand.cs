using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Zicht.Data.Storage;
using Zicht.Synthetic;

namespace Zicht.Cli.Commands.Registry;

/// <summary><c>zicht seed</c>: fill a database with the synthetic population and write its ground truth beside it.</summary>
public static class SeedCommand
{
    public static Command Create()
    {
        var persons = new Option<int?>("--persons") { Description = "Registered persons over all years (default: the published yearly numbers, about 1,000 a year)." };
        var years = new Option<string>("--years") { Description = "Years as FROM-TO.", DefaultValueFactory = _ => "2016-2025" };
        var seed = new Option<int>("--seed") { Description = "Seed of the random generator: the same seed gives the same population.", DefaultValueFactory = _ => SyntheticOptions.DefaultSeed };
        var truth = new Option<string?>("--truth") { Description = "Folder for the ground truth (default: beside a SQLite file as <file>.truth; none for PostgreSQL unless given)." };
        var reset = new Option<bool>("--reset") { Description = "Delete all data in the database first (asks nothing: use with care)." };
        var db = DatabaseOption.Create();
        var command = new Command("seed", "Fill a database with a synthetic population of victims, signals, help and suspects, with known truth.")
        {
            persons, years, seed, truth, reset, db,
        };
        command.SetAction(async (p, ct) =>
        {
            var (from, to) = ParseYears(p.GetValue(years)!);
            var options = new SyntheticOptions { Seed = p.GetValue(seed), FromYear = from, ToYear = to, Persons = p.GetValue(persons) };
            try
            {
                options.Validate();
            }
            catch (ArgumentException e)
            {
                throw new BadInputException(e.Message, e);
            }

            var database = DatabaseOption.Open(p.GetValue(db), Console.Error);
            var truthDir = p.GetValue(truth) ?? (database.Target.SqliteFile is { } f ? f + ".truth" : null);
            if (p.GetValue(reset))
            {
                await ResetAsync(database, truthDir, ct);
            }

            var seeder = new Seeder(database, database.Keys!.CreatePseudonymizer());
            SeedSummary summary;
            try
            {
                summary = await RunWithProgressAsync(seeder, options, truthDir, ct);
            }
            catch (InvalidOperationException e) when (e.Message.Contains("already holds", StringComparison.Ordinal))
            {
                throw new BadInputException(e.Message, e);
            }

            Print(summary, database);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static (int From, int To) ParseYears(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 1 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var single))
        {
            return (single, single);
        }

        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var to))
        {
            return (from, to);
        }

        throw new BadInputException($"--years: '{text}' is not a year range; write it as FROM-TO, for example 2016-2025.");
    }

    private static async Task ResetAsync(ZichtDatabase database, string? truthDir, CancellationToken ct)
    {
        await using (var ctx = database.CreateContext())
        {
            await ctx.Database.EnsureDeletedAsync(ct);
        }

        ZichtDatabase.ReleaseSqliteFiles();
        if (truthDir is not null && Directory.Exists(truthDir))
        {
            Directory.Delete(truthDir, recursive: true);
        }
    }

    private static async Task<SeedSummary> RunWithProgressAsync(Seeder seeder, SyntheticOptions options, string? truthDir, CancellationToken ct)
    {
        if (Console.IsOutputRedirected)
        {
            // In logs and pipes a progress bar is noise: one line per year is enough.
            var lastYear = 0;
            return await seeder.RunAsync(options, truthDir, new SyncProgress<SeedProgress>(p =>
            {
                if (p.Year != lastYear)
                {
                    lastYear = p.Year;
                    Console.Error.WriteLine($"seed: {p.Year}… ({p.PersonsWritten:N0} persons so far)");
                }
            }), ct);
        }

        SeedSummary? result = null;
        await Terminal.Out().Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Seeding", maxValue: 1);
                result = await seeder.RunAsync(options, truthDir, new SyncProgress<SeedProgress>(p =>
                {
                    task.MaxValue = p.PersonsExpected;
                    task.Value = p.PersonsWritten;
                    task.Description = $"Seeding {p.Year} ({p.PersonsWritten:N0} persons)";
                }), ct);
                task.Value = task.MaxValue;
            });
        return result!;
    }

    private static void Print(SeedSummary s, ZichtDatabase database)
    {
        var console = Terminal.Out();
        console.MarkupLine($"Seeded [bold]{Markup.Escape(database.Target.Describe())}[/] in {s.Elapsed.TotalSeconds:N1} s: {s.Persons:N0} persons, {s.Signals:N0} signals, {s.Rows:N0} rows.");
        var table = new Table().AddColumn("Year").AddColumn(new TableColumn("True victims").RightAligned())
            .AddColumn(new TableColumn("Registered").RightAligned()).AddColumn(new TableColumn("Hidden").RightAligned());
        foreach (var y in s.Years)
        {
            table.AddRow(y.Year.ToString(CultureInfo.InvariantCulture), y.TotalTrue.ToString("N0", CultureInfo.InvariantCulture),
                y.TotalRegistered.ToString("N0", CultureInfo.InvariantCulture), y.Hidden.ToString("N0", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        if (s.TruthDirectory is not null)
        {
            console.MarkupLine($"Ground truth: {Markup.Escape(s.TruthDirectory)}");
        }
    }
}
