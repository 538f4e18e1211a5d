using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Registry;

/// <summary>How far the victimhood is established.</summary>
public enum VictimStatus
{
    [Label("Mogelijk slachtoffer", "Possible victim")] Possible,
    [Label("Slachtoffer", "Victim")] Actual,
    [Label("Geen slachtoffer", "Not a victim")] NotAVictim,
}
