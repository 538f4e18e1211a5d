namespace Zicht.Domain.Audit;

/// <summary>One entry of the append-only audit trail; <see cref="Hash"/> covers it and the entry before it.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Actor = "";
        EntityType = "";
        PreviousHash = "";
        Hash = "";
    }

    internal AuditEntry(long sequence, DateTimeOffset at, string actor, AuditAction action, string entityType, string? entityId, Guid? personId, string? reason, string previousHash)
    {
        Sequence = sequence;
        At = at;
        Actor = actor;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        PersonId = personId;
        Reason = reason;
        PreviousHash = previousHash;
        Hash = AuditChain.ComputeHash(this);
    }

    /// <summary>1, 2, 3, … without gaps: a missing number is a removed entry.</summary>
    public long Sequence { get; private set; }

    public DateTimeOffset At { get; private set; }
    public string Actor { get; private set; }
    public AuditAction Action { get; private set; }
    public string EntityType { get; private set; }
    public string? EntityId { get; private set; }
    public Guid? PersonId { get; private set; }

    /// <summary>Why, where a reason is required (break the glass, erasure).</summary>
    public string? Reason { get; private set; }

    public string PreviousHash { get; private set; }
    public string Hash { get; private set; }
}
