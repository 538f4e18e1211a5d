namespace Zicht.Linkage.Scoring;

/// <summary>What one comparison said about a pair: its level, both normalised values and the weight it added.</summary>
public sealed record ComparisonContribution(
    string Comparison, int Level, string LevelLabel, double Weight, string LeftValue, string RightValue, bool TermFrequencyAdjusted);
