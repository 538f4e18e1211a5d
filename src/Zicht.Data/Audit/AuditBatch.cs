using Zicht.Domain.Audit;

namespace Zicht.Data.Audit;

/// <summary>The audit entries of one unit of work, chained and saved in its transaction by <see cref="Storage.UnitOfWork"/>.</summary>
public sealed class AuditBatch
{
    private readonly List<AuditRecord> _entries = [];

    public IReadOnlyList<AuditRecord> Entries => _entries;

    /// <summary>Adds an entry; entity ids are written without dashes, as break-the-glass grants are looked up.</summary>
    public void Add(string actor, AuditAction action, string entityType, Guid? entityId = null, Guid? personId = null, string? reason = null) =>
        _entries.Add(new AuditRecord(actor, action, entityType, entityId?.ToString("N"), personId, reason));

    public void Add(AuditRecord entry) => _entries.Add(entry);
}
