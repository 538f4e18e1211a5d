namespace Zicht.Linkage.Model;

/// <summary>What estimation saw and did: pairs sampled, EM iterations per blocking rule, warnings.</summary>
public sealed record TrainingReport(long RandomPairs, IReadOnlyList<RuleEstimate> Rules, IReadOnlyList<string> Warnings);
