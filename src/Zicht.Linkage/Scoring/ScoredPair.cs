namespace Zicht.Linkage.Scoring;

/// <summary>A candidate pair (record positions) with its total match weight and probability.</summary>
public readonly record struct ScoredPair(int Left, int Right, double Weight, double Probability);
