namespace Zicht.Domain.Registry;

/// <summary>A merge of two persons found to be one, kept so it can be undone.</summary>
public sealed class PersonMerge
{
    private PersonMerge()
    {
        MergedBy = "";
    }

    public PersonMerge(Guid id, Guid keptPersonId, Guid absorbedPersonId, IEnumerable<Guid> repointedPersonIds, string mergedBy, DateTimeOffset mergedAt, string? reason)
    {
        Id = id;
        KeptPersonId = keptPersonId;
        AbsorbedPersonId = absorbedPersonId;
        RepointedPersonIds = [.. repointedPersonIds];
        MergedBy = mergedBy;
        MergedAt = mergedAt;
        Reason = reason;
    }

    public Guid Id { get; private set; }
    public Guid KeptPersonId { get; private set; }
    public Guid AbsorbedPersonId { get; private set; }

    /// <summary>Persons merged into the absorbed one earlier, now pointing at the kept one; an undo points them back.</summary>
    public List<Guid> RepointedPersonIds { get; private set; } = [];

    public string MergedBy { get; private set; }
    public DateTimeOffset MergedAt { get; private set; }
    public string? Reason { get; private set; }
    public DateTimeOffset? UndoneAt { get; private set; }
    public string? UndoneBy { get; private set; }

    public void Undo(string by, DateTimeOffset at)
    {
        if (UndoneAt is not null)
        {
            throw new DomainException("This merge was already undone.", "Deze samenvoeging is al ongedaan gemaakt.");
        }

        UndoneBy = by;
        UndoneAt = at;
    }
}
