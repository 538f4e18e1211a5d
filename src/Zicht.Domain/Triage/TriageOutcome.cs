namespace Zicht.Domain.Triage;

/// <summary>What the triage rules advise for one set of vulnerabilities.</summary>
public sealed record TriageOutcome(Priority Priority, IReadOnlyList<HelpType> Recommendations, IReadOnlyList<TriageFiring> Fired);
