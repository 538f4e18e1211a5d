namespace Zicht.Domain.Follow;

/// <summary>A later crime against a registered person, from an imported source (slachtofferschap).</summary>
public sealed class Victimisation
{
    private Victimisation()
    {
        Source = "";
    }

    public Victimisation(Guid id, Guid personId, DateOnly occurredOn, OffenceType offence, string source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            throw new DomainException("A victimisation names the source it was imported from.", "Een slachtofferschap noemt de bron waaruit het is ingelezen.");
        }

        Id = id;
        PersonId = personId;
        OccurredOn = occurredOn;
        Offence = offence;
        Source = source.Trim();
    }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public DateOnly OccurredOn { get; private set; }
    public OffenceType Offence { get; private set; }

    /// <summary>The register it came from, for example the police's registration of reports.</summary>
    public string Source { get; private set; }
}
