using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Triage;

/// <summary>Help asked for a person from an organisation, with a date by which it must be followed up.</summary>
public sealed class Referral
{
    private Referral()
    {
    }

    public Referral(Guid id, Guid caseId, HelpType helpType, DateOnly referredOn, DateOnly followUpBy, Guid? toOrganisationId = null)
    {
        if (followUpBy < referredOn)
        {
            throw new DomainException($"The follow-up date ({followUpBy:yyyy-MM-dd}) cannot lie before the referral ({referredOn:yyyy-MM-dd}).", $"De datum voor opvolging ({followUpBy:yyyy-MM-dd}) kan niet vóór de verwijzing ({referredOn:yyyy-MM-dd}) liggen.");
        }

        Id = id;
        CaseId = caseId;
        HelpType = helpType;
        ReferredOn = referredOn;
        FollowUpBy = followUpBy;
        ToOrganisationId = toOrganisationId;
        Status = ReferralStatus.Requested;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public HelpType HelpType { get; private set; }
    public DateOnly ReferredOn { get; private set; }
    public DateOnly FollowUpBy { get; private set; }
    public Guid? ToOrganisationId { get; private set; }
    public ReferralStatus Status { get; private set; }
    public DateOnly? AnsweredOn { get; private set; }

    public bool IsOverdue(DateOnly today) => Status == ReferralStatus.Requested && today > FollowUpBy;

    public void Answer(ReferralStatus status, DateOnly on)
    {
        if (status == ReferralStatus.Requested)
        {
            throw new DomainException("An answer to a referral accepts, declines or withdraws it.", "Een antwoord op een verwijzing aanvaardt, weigert of trekt haar in.");
        }

        if (Status != ReferralStatus.Requested)
        {
            throw new DomainException($"This referral was already answered ({Status}).", $"Deze verwijzing is al beantwoord ({CodeList.Item(Status).Dutch}).");
        }

        if (on < ReferredOn)
        {
            throw new DomainException($"A referral cannot be answered ({on:yyyy-MM-dd}) before it was made ({ReferredOn:yyyy-MM-dd}).", $"Een verwijzing kan niet beantwoord worden ({on:yyyy-MM-dd}) voordat ze gedaan is ({ReferredOn:yyyy-MM-dd}).");
        }

        Status = status;
        AnsweredOn = on;
    }
}
