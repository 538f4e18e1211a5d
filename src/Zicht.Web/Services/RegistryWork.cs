using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Zicht.Data;
using Zicht.Data.Storage;
using Zicht.Domain.Audit;

namespace Zicht.Web.Services;

/// <summary>
/// Runs one unit of work on the registry: its changes and its audit entries are saved in one transaction. The
/// audit sequence is the table's key, so when two writers chain onto the same last entry the second collides on
/// the key instead of forking the chain; its whole unit of work then runs again on fresh data.
/// </summary>
public sealed class RegistryWork(ZichtDatabase database, TimeProvider clock)
{
    private const int Attempts = 8;

    /// <summary>The PostgreSQL advisory lock that orders appends to the audit chain ("ZICHT" in ASCII).</summary>
    private const long AuditLockKey = 0x5A49434854;

    public ZichtDatabase Database { get; } = database;

    public async Task<T> WriteAsync<T>(Func<ZichtDbContext, AuditBatch, Task<T>> work, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = Database.CreateContext();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var audit = new AuditBatch();
            var result = await work(db, audit);
            try
            {
                await AppendAsync(db, audit, ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return result;
            }
            catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException && attempt < Attempts && IsRace(e))
            {
                await tx.RollbackAsync(ct);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), ct);
            }
        }
    }

    public Task WriteAsync(Func<ZichtDbContext, AuditBatch, Task> work, CancellationToken ct = default) =>
        WriteAsync<bool>(async (db, audit) =>
        {
            await work(db, audit);
            return true;
        }, ct);

    /// <summary>Writes audit entries alone, for reads of identifying data.</summary>
    public Task AuditAsync(Actor actor, AuditAction action, string entityType, Guid? entityId, Guid? personId, string? reason = null, CancellationToken ct = default) =>
        WriteAsync((_, audit) =>
        {
            audit.Add(actor, action, entityType, entityId, personId, reason);
            return Task.CompletedTask;
        }, ct);

    public async Task<T> ReadAsync<T>(Func<ZichtDbContext, Task<T>> query)
    {
        await using var db = Database.CreateContext();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await query(db);
    }

    private async Task AppendAsync(ZichtDbContext db, AuditBatch batch, CancellationToken ct)
    {
        if (batch.Entries.Count == 0)
        {
            return;
        }

        if (Database.Target.Provider == DatabaseProvider.PostgreSql)
        {
            // Writers queue for the end of the chain (the lock ends with the transaction) instead of colliding and
            // retrying; the key on the sequence still guards the chain if anything bypasses this lock.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AuditLockKey})", ct);
        }

        var previous = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var e in batch.Entries)
        {
            var next = AuditChain.Next(previous, now, e.Actor, e.Action, e.EntityType, e.EntityId, e.PersonId, e.Reason);
            db.AuditEntries.Add(next);
            previous = next;
        }
    }

    private static bool IsRace(DbUpdateException e) => e.InnerException switch
    {
        PostgresException p => p.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure,
        SqliteException s => s.SqliteErrorCode is 5 or 6 || (s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode == 1555),
        _ => false,
    };
}
