using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Perpetrators;

/// <summary>A suspect's case at the public prosecution service (vervolging), with the decision taken on it.</summary>
public sealed class Prosecution
{
    private Prosecution()
    {
    }

    public Prosecution(Guid id, Guid suspectId, DateOnly registeredOn)
    {
        Id = id;
        SuspectId = suspectId;
        RegisteredOn = registeredOn;
    }

    public Guid Id { get; private set; }
    public Guid SuspectId { get; private set; }
    public DateOnly RegisteredOn { get; private set; }
    public ProsecutionDecision? Decision { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public DismissalReason? DismissalReason { get; private set; }

    public void Decide(ProsecutionDecision decision, DateOnly on, DismissalReason? reason = null)
    {
        if (Decision is not null)
        {
            throw new DomainException($"This prosecution was already decided ({Decision}).", $"Over deze vervolging is al beslist ({CodeList.Item(Decision.Value).Dutch}).", nameof(Decision));
        }

        if (on < RegisteredOn)
        {
            throw new DomainException($"A decision ({on:yyyy-MM-dd}) cannot precede the registration ({RegisteredOn:yyyy-MM-dd}).", $"Een beslissing ({on:yyyy-MM-dd}) kan niet vóór de registratie ({RegisteredOn:yyyy-MM-dd}) liggen.", nameof(DecidedOn));
        }

        if (decision == ProsecutionDecision.Dismissal && reason is null)
        {
            throw new DomainException("A dismissal needs its reason.", "Een sepot heeft een sepotgrond nodig.", nameof(DismissalReason));
        }

        if (decision != ProsecutionDecision.Dismissal && reason is not null)
        {
            throw new DomainException("Only a dismissal has a dismissal reason.", "Alleen een sepot heeft een sepotgrond.", nameof(DismissalReason));
        }

        Decision = decision;
        DecidedOn = on;
        DismissalReason = reason;
    }

    /// <summary>Only a summons brings a case before the court: a verdict needs it.</summary>
    public Verdict RecordVerdict(Guid verdictId, DateOnly on, VerdictOutcome outcome)
    {
        if (Decision != ProsecutionDecision.Summons)
        {
            throw new DomainException("A verdict needs a prosecution that ended in a summons.", "Een uitspraak vraagt een vervolging die in een dagvaarding eindigde.");
        }

        if (on < DecidedOn)
        {
            throw new DomainException($"A verdict ({on:yyyy-MM-dd}) cannot precede the summons ({DecidedOn:yyyy-MM-dd}).", $"Een uitspraak ({on:yyyy-MM-dd}) kan niet vóór de dagvaarding ({DecidedOn:yyyy-MM-dd}) liggen.", nameof(Verdict.DecidedOn));
        }

        return new Verdict(verdictId, Id, on, outcome);
    }
}
