using Microsoft.EntityFrameworkCore;
using Zicht.Domain.Audit;

namespace Zicht.Web.Services;

/// <summary>Reads and verifies the audit trail, for administrators.</summary>
public sealed class AuditTrail(RegistryWork registry)
{
    public const int Limit = 500;

    public Task<IReadOnlyList<AuditEntry>> FindAsync(AuditQuery q, CancellationToken ct = default) =>
        registry.ReadAsync<IReadOnlyList<AuditEntry>>(async db =>
        {
            var entries = db.AuditEntries.AsQueryable();
            if (!string.IsNullOrWhiteSpace(q.Actor))
            {
                entries = entries.Where(e => e.Actor == q.Actor.Trim());
            }

            if (q.Action is { } a)
            {
                entries = entries.Where(e => e.Action == a);
            }

            if (!string.IsNullOrWhiteSpace(q.Pseudonym))
            {
                var pseudonym = q.Pseudonym.Trim().ToUpperInvariant();
                var personId = await db.Persons.Where(p => p.Pseudonym == pseudonym).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
                entries = entries.Where(e => e.PersonId == personId);
            }

            // The period is filtered in memory after the others: SQLite cannot compare stored date-time offsets.
            var list = await entries.OrderByDescending(e => e.Sequence).Take(q.From is null && q.To is null ? Limit : Limit * 20).ToListAsync(ct);
            var from = q.From?.ToDateTime(TimeOnly.MinValue);
            var to = q.To?.ToDateTime(TimeOnly.MaxValue);
            return list.Where(e => (from is null || e.At.UtcDateTime >= from) && (to is null || e.At.UtcDateTime <= to)).Take(Limit).ToList();
        });

    /// <summary>Walks the whole chain; returns the sequence number of the first broken entry, or null when intact, and the entries checked.</summary>
    public Task<(long? FirstBroken, long Checked)> VerifyAsync(CancellationToken ct = default) =>
        registry.ReadAsync(async db =>
        {
            var count = await db.AuditEntries.LongCountAsync(ct);
            var broken = AuditChain.FirstBroken(db.AuditEntries.OrderBy(e => e.Sequence).AsAsyncEnumerable().ToBlockingEnumerable(ct));
            return (broken, count);
        });
}
