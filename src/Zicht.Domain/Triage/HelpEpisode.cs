namespace Zicht.Domain.Triage;

/// <summary>Help actually given (hulptraject), from its start to its end.</summary>
public sealed class HelpEpisode
{
    private HelpEpisode()
    {
    }

    public HelpEpisode(Guid id, Guid caseId, HelpType helpType, DateOnly startedOn, DateOnly? endedOn = null, Guid? referralId = null, Guid? organisationId = null)
    {
        Id = id;
        CaseId = caseId;
        HelpType = helpType;
        StartedOn = startedOn;
        ReferralId = referralId;
        OrganisationId = organisationId;
        if (endedOn is { } end)
        {
            End(end);
        }
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public HelpType HelpType { get; private set; }
    public DateOnly StartedOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public Guid? ReferralId { get; private set; }
    public Guid? OrganisationId { get; private set; }

    public void End(DateOnly on)
    {
        if (on < StartedOn)
        {
            throw new DomainException($"A help episode cannot end ({on:yyyy-MM-dd}) before it starts ({StartedOn:yyyy-MM-dd}).", $"Een hulptraject kan niet eindigen ({on:yyyy-MM-dd}) voordat het begint ({StartedOn:yyyy-MM-dd}).");
        }

        EndedOn = on;
    }
}
