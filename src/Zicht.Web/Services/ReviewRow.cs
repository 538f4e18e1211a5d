namespace Zicht.Web.Services;

/// <summary>An open linkage review in the queue: when, how likely the same person, and the two persons by pseudonym.</summary>
public sealed record ReviewRow(Guid Id, DateTimeOffset CreatedAt, double Probability, CaseRef Signal, CaseRef Candidate);
