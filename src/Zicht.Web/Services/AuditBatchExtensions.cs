using Zicht.Data.Audit;
using Zicht.Domain.Audit;

namespace Zicht.Web.Services;

/// <summary>Audit entries in the web name the acting user as the audit trail records them.</summary>
public static class AuditBatchExtensions
{
    public static void Add(this AuditBatch batch, Actor actor, AuditAction action, string entityType, Guid? entityId = null, Guid? personId = null, string? reason = null) =>
        batch.Add(actor.AuditName, action, entityType, entityId, personId, reason);
}
