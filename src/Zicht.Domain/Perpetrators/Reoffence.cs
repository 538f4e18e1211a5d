using Zicht.Domain.Follow;

namespace Zicht.Domain.Perpetrators;

/// <summary>A new offence by a former suspect after their case (recidive).</summary>
public sealed class Reoffence
{
    private Reoffence()
    {
    }

    public Reoffence(Guid id, Guid suspectId, DateOnly occurredOn, OffenceType offence)
    {
        Id = id;
        SuspectId = suspectId;
        OccurredOn = occurredOn;
        Offence = offence;
    }

    public Guid Id { get; private set; }
    public Guid SuspectId { get; private set; }
    public DateOnly OccurredOn { get; private set; }
    public OffenceType Offence { get; private set; }
}
