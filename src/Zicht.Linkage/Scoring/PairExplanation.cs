namespace Zicht.Linkage.Scoring;

/// <summary>Why a pair got its probability: the prior weight plus each comparison's weight gives the total.</summary>
public sealed record PairExplanation(
    string LeftId, string RightId, double PriorWeight, IReadOnlyList<ComparisonContribution> Comparisons, double TotalWeight, double Probability);
