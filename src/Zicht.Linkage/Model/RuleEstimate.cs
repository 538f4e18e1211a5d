namespace Zicht.Linkage.Model;

/// <summary>One EM run on the candidate pairs of one blocking rule, with the comparisons that rule leaves unbiased.</summary>
public sealed record RuleEstimate(string Rule, long Pairs, int Iterations, double MatchShare, IReadOnlyList<string> Estimated);
