using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Perpetrators;

/// <summary>The prosecutor's decision on a case.</summary>
public enum ProsecutionDecision
{
    [Label("Sepot", "Dismissal")] Dismissal,
    [Label("Dagvaarding", "Summons")] Summons,
    [Label("Buitengerechtelijke afdoening (strafbeschikking, transactie)", "Out-of-court settlement")] OutOfCourtSettlement,
}
