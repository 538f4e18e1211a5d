namespace Zicht.Domain.Triage;

/// <summary>One rule that fired, with the vulnerabilities that made it fire: the "why" shown to the case worker.</summary>
public sealed record TriageFiring(TriageRule Rule, IReadOnlyList<Vulnerability> Because);
