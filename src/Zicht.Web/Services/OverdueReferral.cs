using Zicht.Domain.Triage;

namespace Zicht.Web.Services;

/// <summary>A referral whose follow-up date has passed without an answer.</summary>
public sealed record OverdueReferral(Guid CaseId, string Pseudonym, HelpType HelpType, DateOnly ReferredOn, DateOnly FollowUpBy);
