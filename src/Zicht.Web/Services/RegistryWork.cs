using Zicht.Data;
using Zicht.Data.Audit;
using Zicht.Data.Storage;
using Zicht.Domain.Audit;

namespace Zicht.Web.Services;

/// <summary>
/// The web's door to the registry's <see cref="UnitOfWork"/>: one transaction per unit of work with its audit
/// entries (chained, retried on races), and untracked reads. Audit entries name the acting user.
/// </summary>
public sealed class RegistryWork(UnitOfWork work)
{
    public ZichtDatabase Database => work.Database;

    public UnitOfWork UnitOfWork => work;

    public Task<T> WriteAsync<T>(Func<ZichtDbContext, AuditBatch, Task<T>> write, CancellationToken ct = default) => work.WriteAsync(write, ct);

    public Task WriteAsync(Func<ZichtDbContext, AuditBatch, Task> write, CancellationToken ct = default) => work.WriteAsync(write, ct);

    /// <summary>Writes audit entries alone, for reads of identifying data.</summary>
    public Task AuditAsync(Actor actor, AuditAction action, string entityType, Guid? entityId, Guid? personId, string? reason = null, CancellationToken ct = default) =>
        work.AuditAsync(One(actor, action, entityType, entityId, personId, reason), ct);

    public Task<T> ReadAsync<T>(Func<ZichtDbContext, Task<T>> query) => work.ReadAsync(query);

    private static IReadOnlyList<AuditRecord> One(Actor actor, AuditAction action, string entityType, Guid? entityId, Guid? personId, string? reason)
    {
        var batch = new AuditBatch();
        batch.Add(actor, action, entityType, entityId, personId, reason);
        return batch.Entries;
    }
}
