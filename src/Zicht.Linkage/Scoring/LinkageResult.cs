using Zicht.Linkage.Model;

namespace Zicht.Linkage.Scoring;

/// <summary>The outcome of a deduplication or linking run: the model, the pairs at or above the threshold and what blocking and scoring did.</summary>
public sealed record LinkageResult
{
    public required LinkageModel Model { get; init; }

    public required TrainingReport Report { get; init; }

    public required PairScorer Scorer { get; init; }

    /// <summary>Pairs at or above the threshold, strongest first; in deduplication Left's identifier sorts before Right's.</summary>
    public required IReadOnlyList<ScoredPair> Pairs { get; init; }

    /// <summary>Distinct candidate pairs compared (the union of all blocking rules).</summary>
    public required long CandidatePairs { get; init; }

    /// <summary>Candidate pairs each rule added that no earlier rule had found.</summary>
    public required IReadOnlyList<long> CandidatesPerRule { get; init; }

    /// <summary>Blocks skipped per rule for exceeding the maximum block size.</summary>
    public required IReadOnlyList<int> OversizedBlocks { get; init; }

    /// <summary>All possible pairs: n(n−1)/2 in deduplication, left × right in linking.</summary>
    public required double PossiblePairs { get; init; }

    public required TimeSpan BlockingTime { get; init; }

    public required TimeSpan TrainingTime { get; init; }

    public required TimeSpan ScoringTime { get; init; }
}
