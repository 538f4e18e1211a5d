namespace Zicht.Domain.Perpetrators;

/// <summary>One part of what a conviction imposes.</summary>
public sealed class Sentence
{
    private Sentence()
    {
    }

    internal Sentence(Guid id, Guid verdictId, SentenceType type, int? months, int? hours, decimal? euros)
    {
        (string English, string Dutch, string Field)? needs = type switch
        {
            SentenceType.Prison or SentenceType.SuspendedPrison => months is > 0 ? null
                : ("a prison sentence needs its length in months", "een gevangenisstraf heeft een duur in maanden nodig", nameof(Months)),
            SentenceType.CommunityService => hours is > 0 ? null : ("community service needs its hours", "een taakstraf heeft een aantal uren nodig", nameof(Hours)),
            SentenceType.Fine => euros is > 0 ? null : ("a fine needs its amount", "een geldboete heeft een bedrag nodig", nameof(Euros)),
            _ => null,
        };
        if (needs is { } n)
        {
            throw new DomainException(n.English + ".", n.Dutch + ".", n.Field);
        }

        Id = id;
        VerdictId = verdictId;
        Type = type;
        Months = months;
        Hours = hours;
        Euros = euros;
    }

    public Guid Id { get; private set; }
    public Guid VerdictId { get; private set; }
    public SentenceType Type { get; private set; }
    public int? Months { get; private set; }
    public int? Hours { get; private set; }
    public decimal? Euros { get; private set; }
}
