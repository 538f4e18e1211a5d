using Microsoft.EntityFrameworkCore;
using Zicht.Domain.Reference;

namespace Zicht.Data.Reference;

/// <summary>Replaces the municipality code list in one transaction.</summary>
public static class MunicipalityImport
{
    /// <summary>
    /// The new list becomes the current one. Codes that are no longer in it stay, marked not current, because
    /// signals from before a merger keep pointing at them.
    /// </summary>
    public static async Task<(int Added, int Updated, int Retired)> ReplaceAsync(ZichtDbContext db, IReadOnlyList<Municipality> list, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Code, ct);
        var incoming = list.ToDictionary(m => m.Code);
        int added = 0, updated = 0, retired = 0;
        foreach (var m in list)
        {
            if (!existing.TryGetValue(m.Code, out var old))
            {
                db.Municipalities.Add(m with { IsCurrent = true });
                added++;
            }
            else if (old != m with { IsCurrent = true })
            {
                db.Municipalities.Update(m with { IsCurrent = true });
                updated++;
            }
        }

        foreach (var old in existing.Values.Where(o => o.IsCurrent && !incoming.ContainsKey(o.Code)))
        {
            db.Municipalities.Update(old with { IsCurrent = false });
            retired++;
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return (added, updated, retired);
    }
}
