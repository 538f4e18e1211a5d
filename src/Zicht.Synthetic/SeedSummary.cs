namespace Zicht.Synthetic;

/// <summary>What a seed run wrote.</summary>
public sealed record SeedSummary(long Persons, long Signals, long Rows, IReadOnlyList<YearTruth> Years, string? TruthDirectory, TimeSpan Elapsed);
