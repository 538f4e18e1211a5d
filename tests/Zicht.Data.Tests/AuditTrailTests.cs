using Microsoft.EntityFrameworkCore;
using Zicht.Data.Audit;
using Zicht.Data.Storage;
using Zicht.Domain.Audit;

namespace Zicht.Data.Tests;

public sealed class AuditTrailTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_stored_trail_verifies_and_a_changed_row_is_found(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var database = TestDatabases.Create(provider);
        await database.MigrateAsync(ct);
        await using (var db = database.CreateContext())
        {
            // Several entries in one unit of work chain onto each other before anything is saved.
            for (var i = 0; i < 3; i++)
            {
                await AuditTrail.AppendAsync(db, DateTimeOffset.UtcNow, "caseworker", AuditAction.View, "Case", $"c{i}", ct: ct);
            }

            await db.SaveChangesAsync(ct);
            await AuditTrail.AppendAsync(db, DateTimeOffset.UtcNow, "analyst", AuditAction.Export, "Extract", ct: ct);
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            Assert.Equal(4, await db.AuditEntries.CountAsync(ct));
            Assert.Null(await AuditTrail.VerifyAsync(db, ct));
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Actor\" = 'someone else' WHERE \"Sequence\" = 2", ct);
        }

        await using (var db = database.CreateContext())
        {
            Assert.Equal(2, await AuditTrail.VerifyAsync(db, ct));
        }
    }

    [Fact]
    public async Task Two_writers_cannot_fork_the_chain()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = TestDatabases.Create(DatabaseProvider.Sqlite);
        await database.MigrateAsync(ct);
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        await AuditTrail.AppendAsync(first, DateTimeOffset.UtcNow, "a", AuditAction.View, "Case", ct: ct);
        await AuditTrail.AppendAsync(second, DateTimeOffset.UtcNow, "b", AuditAction.View, "Case", ct: ct);
        await first.SaveChangesAsync(ct);
        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync(ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Reads_audited_side_by_side_are_all_stored_on_one_unbroken_chain(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var database = TestDatabases.Create(provider);
        await database.MigrateAsync(ct);
        await using var work = new UnitOfWork(database);

        // Forty readers at once, two entries each: batched into shared transactions, each caller waits for its own.
        await Parallel.ForEachAsync(Enumerable.Range(0, 40), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct }, async (i, c) =>
        {
            await work.AuditAsync(
            [
                new AuditRecord($"reader{i}", AuditAction.View, "Case", $"case{i}", null, null),
                new AuditRecord($"reader{i}", AuditAction.View, "Signal", $"signal{i}", null, null),
            ], c);
            await using var db = database.CreateContext();
            Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Actor == $"reader{i}", c));
        });

        await using var check = database.CreateContext();
        Assert.Equal(80, await check.AuditEntries.CountAsync(ct));
        Assert.Null(await AuditTrail.VerifyAsync(check, ct));
        // A caller's entries stay next to each other on the chain.
        var entries = await check.AuditEntries.OrderBy(e => e.Sequence).ToListAsync(ct);
        Assert.All(entries.Chunk(2), pair => Assert.Equal(pair[0].Actor, pair[1].Actor));
    }
}
