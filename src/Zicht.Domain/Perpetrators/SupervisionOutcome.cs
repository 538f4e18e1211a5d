using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Perpetrators;

/// <summary>How supervision by the probation service ended.</summary>
public enum SupervisionOutcome
{
    [Label("Loopt", "Ongoing")] Ongoing,
    [Label("Afgerond", "Completed")] Completed,
    [Label("Teruggemeld (voorwaarden geschonden)", "Revoked (conditions broken)")] Revoked,
}
