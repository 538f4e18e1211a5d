using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Registry;

/// <summary>
/// An uncertain link for a case worker to decide: is the person of this signal the candidate person? Until decided,
/// the signal keeps the person linkage gave it.
/// </summary>
public sealed class LinkReview
{
    private LinkReview()
    {
    }

    public LinkReview(Guid id, Guid signalId, Guid signalPersonId, Guid candidatePersonId, double probability, DateTimeOffset createdAt)
    {
        if (signalPersonId == candidatePersonId)
        {
            throw new DomainException("A review compares two different persons.", "Een beoordeling vergelijkt twee verschillende personen.");
        }

        if (probability is < 0 or > 1 || double.IsNaN(probability))
        {
            throw new DomainException($"A match probability lies between 0 and 1 (got {probability}).", $"Een overeenkomstkans ligt tussen 0 en 1 (ontvangen: {probability}).");
        }

        Id = id;
        SignalId = signalId;
        SignalPersonId = signalPersonId;
        CandidatePersonId = candidatePersonId;
        Probability = probability;
        CreatedAt = createdAt;
        Status = LinkReviewStatus.Pending;
    }

    public Guid Id { get; private set; }
    public Guid SignalId { get; private set; }
    public Guid SignalPersonId { get; private set; }
    public Guid CandidatePersonId { get; private set; }
    public double Probability { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public LinkReviewStatus Status { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }

    public void Decide(bool samePerson, string by, DateTimeOffset at)
    {
        if (Status != LinkReviewStatus.Pending)
        {
            throw new DomainException($"This review was already decided ({Status}).", $"Over deze beoordeling is al besloten ({CodeList.Item(Status).Dutch}).");
        }

        Status = samePerson ? LinkReviewStatus.Accepted : LinkReviewStatus.Rejected;
        DecidedBy = by;
        DecidedAt = at;
    }
}
