using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Triage;

/// <summary>How soon help must come, as triage sets it.</summary>
public enum Priority
{
    [Label("Laag", "Low")] Low,
    [Label("Normaal", "Normal")] Normal,
    [Label("Hoog", "High")] High,
    [Label("Acuut", "Urgent")] Urgent,
}
