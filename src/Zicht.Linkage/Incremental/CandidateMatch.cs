namespace Zicht.Linkage.Incremental;

/// <summary>An existing record a new one was compared with, its cluster, and the pair's weight and probability.</summary>
public sealed record CandidateMatch(string RecordId, string ClusterId, double Weight, double Probability);
