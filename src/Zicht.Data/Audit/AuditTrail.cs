using Microsoft.EntityFrameworkCore;
using Zicht.Domain.Audit;

namespace Zicht.Data.Audit;

/// <summary>
/// Appends to the hash-chained audit trail inside the caller's unit of work, so an entry is stored exactly when the
/// change it describes is. The sequence number is the table's key: two writers chaining onto the same last entry
/// collide on it instead of forking the chain, and the loser's unit of work fails as a whole and can be retried
/// (<see cref="Storage.UnitOfWork"/> does). On PostgreSQL appends queue on an advisory lock first, so they rarely collide.
/// </summary>
public static class AuditTrail
{
    /// <summary>The PostgreSQL advisory lock that orders appends to the chain ("ZICHT" in ASCII); held until the transaction ends.</summary>
    public const long AppendLockKey = 0x5A49434854;

    /// <summary>Chains <paramref name="entries"/> onto the end of the trail, all at <paramref name="at"/>; saved with the caller's changes.</summary>
    public static async Task<IReadOnlyList<AuditEntry>> AppendAsync(ZichtDbContext db, IEnumerable<AuditRecord> entries, DateTimeOffset at, CancellationToken ct = default)
    {
        var pending = entries.ToList();
        if (pending.Count == 0)
        {
            return [];
        }

        if (db is PostgresZichtDbContext && db.Database.CurrentTransaction is not null)
        {
            // Writers queue for the end of the chain instead of colliding and retrying; the key on the sequence
            // still guards the chain if anything bypasses this lock.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AppendLockKey})", ct);
        }

        // The newest entry may still be unsaved in this unit of work.
        var previous = db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).MaxBy(e => e.Sequence)
            ?? await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(ct);
        var added = new List<AuditEntry>(pending.Count);
        foreach (var e in pending)
        {
            var next = AuditChain.Next(previous, at, e.Actor, e.Action, e.EntityType, e.EntityId, e.PersonId, e.Reason);
            db.AuditEntries.Add(next);
            added.Add(next);
            previous = next;
        }

        return added;
    }

    /// <summary>Chains one entry onto the end of the trail; saved with the caller's changes.</summary>
    public static async Task<AuditEntry> AppendAsync(ZichtDbContext db, DateTimeOffset at, string actor, AuditAction action, string entityType, string? entityId = null, Guid? personId = null, string? reason = null, CancellationToken ct = default) =>
        (await AppendAsync(db, [new AuditRecord(actor, action, entityType, entityId, personId, reason)], at, ct))[0];

    /// <summary>Checks the whole stored chain; null when intact, else the first broken sequence number.</summary>
    public static async Task<long?> VerifyAsync(ZichtDbContext db, CancellationToken ct = default)
    {
        var verifier = new AuditChainVerifier();
        await foreach (var e in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!verifier.Accept(e))
            {
                return e.Sequence;
            }
        }

        return null;
    }
}
