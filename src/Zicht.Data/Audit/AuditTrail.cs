using Microsoft.EntityFrameworkCore;
using Zicht.Domain.Audit;

namespace Zicht.Data.Audit;

/// <summary>
/// Appends to the hash-chained audit trail inside the caller's unit of work, so an entry is stored exactly when the
/// change it describes is. Two writers racing for the same sequence number collide on the key, so the chain never
/// forks; the loser's unit of work fails as a whole and can be retried.
/// </summary>
public static class AuditTrail
{
    public static async Task<AuditEntry> AppendAsync(ZichtDbContext db, DateTimeOffset at, string actor, AuditAction action, string entityType, string? entityId = null, Guid? personId = null, string? reason = null, CancellationToken ct = default)
    {
        // The newest entry may still be pending in this unit of work.
        var pending = db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).MaxBy(e => e.Sequence);
        var previous = pending ?? await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(ct);
        var entry = AuditChain.Next(previous, at, actor, action, entityType, entityId, personId, reason);
        db.AuditEntries.Add(entry);
        return entry;
    }

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
