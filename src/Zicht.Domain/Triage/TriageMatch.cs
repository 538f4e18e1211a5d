using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Triage;

/// <summary>Whether a triage rule needs any or all of its vulnerabilities.</summary>
public enum TriageMatch
{
    [Label("Een van", "Any of")] Any,
    [Label("Alle", "All of")] All,
}
