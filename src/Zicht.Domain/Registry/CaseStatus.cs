using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Registry;

/// <summary>Where a case stands (HTCDS cas_Status).</summary>
public enum CaseStatus
{
    [Label("Actief", "Active")] Active,
    [Label("Nazorg", "Follow-up")] FollowUp,
    [Label("Gesloten", "Closed")] Closed,
    [Label("Gesloten, doorverwezen", "Closed, referred")] ClosedReferred,
}
