using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Perpetrators;

/// <summary>The court's verdict in first instance.</summary>
public enum VerdictOutcome
{
    [Label("Veroordeling", "Conviction")] Conviction,
    [Label("Vrijspraak", "Acquittal")] Acquittal,
    [Label("Ontslag van alle rechtsvervolging", "Discharge from prosecution")] Discharge,
    [Label("Niet-ontvankelijkheid OM", "Prosecution inadmissible")] Inadmissible,
}
