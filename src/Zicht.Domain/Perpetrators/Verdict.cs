namespace Zicht.Domain.Perpetrators;

/// <summary>A court's verdict (uitspraak) on a prosecution; made through <see cref="Prosecution.RecordVerdict"/>.</summary>
public sealed class Verdict
{
    private Verdict()
    {
    }

    internal Verdict(Guid id, Guid prosecutionId, DateOnly decidedOn, VerdictOutcome outcome)
    {
        Id = id;
        ProsecutionId = prosecutionId;
        DecidedOn = decidedOn;
        Outcome = outcome;
    }

    public Guid Id { get; private set; }
    public Guid ProsecutionId { get; private set; }
    public DateOnly DecidedOn { get; private set; }
    public VerdictOutcome Outcome { get; private set; }
    public List<Sentence> Sentences { get; private set; } = [];

    public Sentence Impose(Guid sentenceId, SentenceType type, int? months = null, int? hours = null, decimal? euros = null)
    {
        if (Outcome != VerdictOutcome.Conviction)
        {
            throw new DomainException("Only a conviction carries a sentence.", "Alleen een veroordeling brengt een straf mee.");
        }

        var sentence = new Sentence(sentenceId, Id, type, months, hours, euros);
        Sentences.Add(sentence);
        return sentence;
    }
}
