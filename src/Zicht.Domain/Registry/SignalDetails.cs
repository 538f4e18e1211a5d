namespace Zicht.Domain.Registry;

/// <summary>What a signaller reports: the input of <see cref="Signal.Create"/>.</summary>
public sealed record SignalDetails
{
    public required DateOnly SignalDate { get; init; }
    public required IReadOnlyCollection<ExploitationForm> Forms { get; init; }
    public LabourSector? LabourSector { get; init; }
    public SexualExploitationType? SexualExploitationType { get; init; }
    public IReadOnlyCollection<Indicator> Indicators { get; init; } = [];
    public string? MunicipalityCode { get; init; }
    public string CountryOfExploitation { get; init; } = Countries.Netherlands;
    public string? Nationality { get; init; }
    public Gender Gender { get; init; } = Gender.Unknown;
    public PersonIdentity Identity { get; init; } = PersonIdentity.Empty;

    /// <summary>The signaller's estimate where the date of birth is unknown.</summary>
    public int? EstimatedAge { get; init; }

    public ResidenceStatus ResidenceStatus { get; init; } = ResidenceStatus.Unknown;
    public required ConsentStatus Consent { get; init; }
    public VictimStatus VictimStatus { get; init; } = VictimStatus.Possible;

    /// <summary>Free text: what the signaller saw. Identifying by nature, so encrypted like a name.</summary>
    public string? Narrative { get; init; }
}
