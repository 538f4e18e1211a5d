namespace Zicht.Domain.Perpetrators;

/// <summary>Supervision (toezicht) by the probation service, usually as a condition of a sentence.</summary>
public sealed class Supervision
{
    private Supervision()
    {
    }

    public Supervision(Guid id, Guid suspectId, Guid? verdictId, DateOnly startedOn)
    {
        Id = id;
        SuspectId = suspectId;
        VerdictId = verdictId;
        StartedOn = startedOn;
        Outcome = SupervisionOutcome.Ongoing;
    }

    public Guid Id { get; private set; }
    public Guid SuspectId { get; private set; }
    public Guid? VerdictId { get; private set; }
    public DateOnly StartedOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public SupervisionOutcome Outcome { get; private set; }

    public void End(DateOnly on, SupervisionOutcome outcome)
    {
        if (outcome == SupervisionOutcome.Ongoing)
        {
            throw new DomainException("Ending supervision needs an outcome: completed or revoked.", "Toezicht beëindigen vraagt een uitkomst: afgerond of teruggemeld.", nameof(Outcome));
        }

        if (on < StartedOn)
        {
            throw new DomainException($"Supervision cannot end ({on:yyyy-MM-dd}) before it starts ({StartedOn:yyyy-MM-dd}).", $"Toezicht kan niet eindigen ({on:yyyy-MM-dd}) voordat het begint ({StartedOn:yyyy-MM-dd}).", nameof(EndedOn));
        }

        EndedOn = on;
        Outcome = outcome;
    }
}
