using Zicht.Domain.Audit;

namespace Zicht.Web.Services;

/// <summary>The audit entries of one unit of work, chained and written in its transaction by <see cref="RegistryWork"/>.</summary>
public sealed class AuditBatch
{
    private readonly List<PendingAudit> _entries = [];

    internal IReadOnlyList<PendingAudit> Entries => _entries;

    public void Add(Actor actor, AuditAction action, string entityType, Guid? entityId = null, Guid? personId = null, string? reason = null) =>
        _entries.Add(new PendingAudit(actor.AuditName, action, entityType, entityId?.ToString("N"), personId, reason));

    internal sealed record PendingAudit(string Actor, AuditAction Action, string EntityType, string? EntityId, Guid? PersonId, string? Reason);
}
