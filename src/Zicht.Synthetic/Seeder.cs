using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Data.Privacy;
using Zicht.Data.Storage;
using Zicht.Synthetic.Model;

namespace Zicht.Synthetic;

/// <summary>Fills a database with the synthetic population, one transaction per chunk, and writes the truth beside it.</summary>
public sealed class Seeder(ZichtDatabase database, Pseudonymizer pseudonyms)
{
    /// <summary>Seeds an empty registry. Refuses a database that already holds persons, so nothing real is mixed with synthetic data.</summary>
    public async Task<SeedSummary> RunAsync(SyntheticOptions options, string? truthDirectory, IProgress<SeedProgress>? progress = null, CancellationToken ct = default)
    {
        options.Validate();
        var clock = Stopwatch.StartNew();
        await database.MigrateAsync(ct);

        await using (var db = database.CreateContext())
        {
            var existing = await db.Persons.CountAsync(ct);
            if (existing > 0)
            {
                throw new InvalidOperationException($"{database.Target.Describe()} already holds {existing} persons; seed only into an empty database (use --reset to empty it first).");
            }

            var known = await db.Organisations.Select(o => o.Id).ToListAsync(ct);
            db.Organisations.AddRange(SyntheticOrganisations.All.Where(o => !known.Contains(o.Id)));
            await db.SaveChangesAsync(ct);
        }

        List<Zicht.Domain.Reference.Municipality> municipalities;
        await using (var db = database.CreateContext())
        {
            municipalities = await db.Municipalities.AsNoTracking().ToListAsync(ct);
        }

        var generator = new PopulationGenerator(options, municipalities, pseudonyms);
        var expected = (long)Enumerable.Range(options.FromYear, options.ToYear - options.FromYear + 1).Sum(y => YearProfile.For(y).Registered * generator.Scale);
        var years = new List<YearTruth>();
        long persons = 0, signals = 0, rows = 0;
        TruthWriter? truth = truthDirectory is null ? null : new TruthWriter(truthDirectory);
        try
        {
            // The next chunks are generated on another core while this one is written; the bound keeps memory flat.
            var chunks = Channel.CreateBounded<SyntheticChunk>(2);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var producer = Task.Run(async () =>
            {
                try
                {
                    foreach (var chunk in generator.Generate(years.Add))
                    {
                        await chunks.Writer.WriteAsync(chunk, stop.Token);
                    }

                    chunks.Writer.Complete();
                }
                catch (Exception e)
                {
                    chunks.Writer.Complete(e);
                }
            }, stop.Token);

            try
            {
                await foreach (var chunk in chunks.Reader.ReadAllAsync(ct))
                {
                    await WriteChunkAsync(chunk, ct);
                    if (truth is not null)
                    {
                        await truth.WriteAsync(chunk);
                    }

                    persons += chunk.Persons.Count;
                    signals += chunk.Signals.Count;
                    rows += chunk.RowCount;
                    progress?.Report(new SeedProgress(chunk.Year, persons, Math.Max(expected, persons), rows));
                }
            }
            finally
            {
                // If writing failed, the generator must not wait forever for room in the channel.
                await stop.CancelAsync();
            }

            await producer;
            foreach (var y in years)
            {
                truth?.Add(y);
            }
        }
        finally
        {
            if (truth is not null)
            {
                await truth.DisposeAsync();
            }
        }

        return new SeedSummary(persons, signals, rows, years, truthDirectory, clock.Elapsed);
    }

    private async Task WriteChunkAsync(SyntheticChunk chunk, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        await ResolvePseudonymCollisionsAsync(db, chunk, ct);

        await db.Database.OpenConnectionAsync(ct);
        if (database.Target.Provider == DatabaseProvider.Sqlite)
        {
            // Random keys touch pages all over the indexes: a page cache of 256 MiB (bounded, whatever the
            // population) keeps them in memory instead of SQLite's default 2 MiB.
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144; PRAGMA synchronous = NORMAL;", ct);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // In dependency order: every row's foreign keys point at rows written before it.
        await BulkWriter.InsertAsync(db, chunk.Persons, ct);
        await BulkWriter.InsertAsync(db, chunk.Signals, ct);
        await BulkWriter.InsertAsync(db, chunk.Cases, ct);
        await BulkWriter.InsertAsync(db, chunk.Assessments, ct);
        await BulkWriter.InsertAsync(db, chunk.Referrals, ct);
        await BulkWriter.InsertAsync(db, chunk.HelpEpisodes, ct);
        await BulkWriter.InsertAsync(db, chunk.Victimisations, ct);
        await BulkWriter.InsertAsync(db, chunk.Suspects, ct);
        await BulkWriter.InsertAsync(db, chunk.Suspects.SelectMany(s => s.Victims), ct);
        await BulkWriter.InsertAsync(db, chunk.Prosecutions, ct);
        await BulkWriter.InsertAsync(db, chunk.Verdicts, ct);
        await BulkWriter.InsertAsync(db, chunk.Verdicts.SelectMany(v => v.Sentences), ct);
        await BulkWriter.InsertAsync(db, chunk.Supervisions, ct);
        await BulkWriter.InsertAsync(db, chunk.Reoffences, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Two people with the same identifiers would share a pseudonym; the later one takes the next in the keyed sequence.</summary>
    internal async Task ResolvePseudonymCollisionsAsync(ZichtDbContext db, SyntheticChunk chunk, CancellationToken ct)
    {
        var candidates = chunk.Persons.Select(p => p.Pseudonym).ToList();
        var taken = (await db.Persons.Where(p => candidates.Contains(p.Pseudonym)).Select(p => p.Pseudonym).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        foreach (var person in chunk.Persons)
        {
            var attempt = 0;
            var pseudonym = person.Pseudonym;
            // The first candidates were looked up in one query; a later one is rare and checked on its own.
            while (taken.Contains(pseudonym) || (attempt > 0 && await db.Persons.AnyAsync(p => p.Pseudonym == pseudonym, ct)))
            {
                pseudonym = pseudonyms.ForPerson(person.Identity, person.Id, ++attempt);
            }

            taken.Add(pseudonym);
            if (attempt > 0)
            {
                person.ResolvePseudonymCollision(pseudonym);
            }
        }
    }
}
