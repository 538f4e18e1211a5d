namespace Zicht.Linkage.Incremental;

/// <summary>The cluster a new record was put in, why, and the candidates at or above the review threshold (best first).</summary>
public sealed record LinkOutcome(string RecordId, string ClusterId, LinkDecision Decision, IReadOnlyList<CandidateMatch> Candidates);
