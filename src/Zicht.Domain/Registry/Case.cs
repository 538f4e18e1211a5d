namespace Zicht.Domain.Registry;

/// <summary>A person's file (dossier): the anchor of triage, referrals, help and follow-up.</summary>
public sealed class Case
{
    private Case()
    {
    }

    public Case(Guid id, Guid personId, DateOnly openedOn, string? municipalityCode)
    {
        Id = id;
        PersonId = personId;
        OpenedOn = openedOn;
        MunicipalityCode = municipalityCode;
        Status = CaseStatus.Active;
    }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public DateOnly OpenedOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public CaseStatus Status { get; private set; }

    /// <summary>The municipality responsible for help (usually where the person lives or was found).</summary>
    public string? MunicipalityCode { get; private set; }

    public int Version { get; private set; }

    public void Close(DateOnly on, bool referred)
    {
        if (on < OpenedOn)
        {
            throw new DomainException($"A case cannot close ({on:yyyy-MM-dd}) before it opened ({OpenedOn:yyyy-MM-dd}).", $"Een dossier kan niet sluiten ({on:yyyy-MM-dd}) voordat het geopend is ({OpenedOn:yyyy-MM-dd}).");
        }

        ClosedOn = on;
        Status = referred ? CaseStatus.ClosedReferred : CaseStatus.Closed;
        Version++;
    }

    public void MoveToFollowUp()
    {
        if (ClosedOn is not null)
        {
            throw new DomainException("A closed case cannot move to follow-up; reopen it first.", "Een gesloten dossier kan niet naar nazorg; heropen het eerst.");
        }

        Status = CaseStatus.FollowUp;
        Version++;
    }

    public void Reopen()
    {
        ClosedOn = null;
        Status = CaseStatus.Active;
        Version++;
    }

    public void AssignMunicipality(string? municipalityCode)
    {
        MunicipalityCode = municipalityCode;
        Version++;
    }
}
