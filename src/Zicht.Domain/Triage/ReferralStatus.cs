using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Triage;

/// <summary>Where a referral stands.</summary>
public enum ReferralStatus
{
    [Label("Aangevraagd", "Requested")] Requested,
    [Label("Geaccepteerd", "Accepted")] Accepted,
    [Label("Afgewezen", "Declined")] Declined,
    [Label("Ingetrokken", "Withdrawn")] Withdrawn,
}
