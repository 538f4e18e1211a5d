namespace Zicht.Domain.Organisations;

/// <summary>A partner organisation: a police unit, an inspectorate, a care provider, a municipality, an NGO.</summary>
public sealed class Organisation
{
    private Organisation()
    {
        Name = "";
    }

    public Organisation(Guid id, string name, OrganisationType type, string? municipalityCode = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("An organisation needs a name.", "Een organisatie heeft een naam nodig.");
        }

        Id = id;
        Name = name.Trim();
        Type = type;
        MunicipalityCode = municipalityCode;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public OrganisationType Type { get; private set; }

    /// <summary>Where the organisation sits; for a municipality, the municipality itself.</summary>
    public string? MunicipalityCode { get; private set; }

    public bool RequiresConsent => Type.RequiresConsent();
}
