using Zicht.Domain.Audit;

namespace Zicht.Data.Audit;

/// <summary>An audit entry before it is chained: who did what to which entity, of which person, and why.</summary>
public sealed record AuditRecord(string Actor, AuditAction Action, string EntityType, string? EntityId, Guid? PersonId, string? Reason);
