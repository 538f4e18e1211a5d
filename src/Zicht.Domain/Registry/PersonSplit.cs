namespace Zicht.Domain.Registry;

/// <summary>Signals taken from a person to a new one, because they were someone else. Undone by merging back.</summary>
public sealed class PersonSplit
{
    private PersonSplit()
    {
        SplitBy = "";
    }

    public PersonSplit(Guid id, Guid fromPersonId, Guid newPersonId, IEnumerable<Guid> signalIds, string splitBy, DateTimeOffset splitAt, string? reason)
    {
        Id = id;
        FromPersonId = fromPersonId;
        NewPersonId = newPersonId;
        SignalIds = [.. signalIds];
        SplitBy = splitBy;
        SplitAt = splitAt;
        Reason = reason;
    }

    public Guid Id { get; private set; }
    public Guid FromPersonId { get; private set; }
    public Guid NewPersonId { get; private set; }
    public List<Guid> SignalIds { get; private set; } = [];
    public string SplitBy { get; private set; }
    public DateTimeOffset SplitAt { get; private set; }
    public string? Reason { get; private set; }
}
