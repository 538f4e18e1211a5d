using Zicht.Domain.Organisations;

namespace Zicht.Domain.Registry;

/// <summary>One report of a possible victim by one organisation (signaal, melding).</summary>
public sealed class Signal
{
    private Signal()
    {
        CountryOfExploitation = Countries.Netherlands;
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }

    /// <summary>The person this signal was linked to; null until linkage has run.</summary>
    public Guid? PersonId { get; private set; }

    public DateOnly SignalDate { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public List<ExploitationForm> Forms { get; private set; } = [];
    public LabourSector? LabourSector { get; private set; }
    public SexualExploitationType? SexualExploitationType { get; private set; }
    public List<Indicator> Indicators { get; private set; } = [];
    public string? MunicipalityCode { get; private set; }
    public string CountryOfExploitation { get; private set; }
    public string? Nationality { get; private set; }
    public Gender Gender { get; private set; }

    // Identifying fields: encrypted at rest by the storage layer.
    public string? GivenName { get; private set; }
    public string? FamilyName { get; private set; }
    public DateOnly? DateOfBirth { get; private set; }
    public string? DocumentNumber { get; private set; }
    public string? PlaceOfBirth { get; private set; }
    public string? Narrative { get; private set; }

    public int? EstimatedAge { get; private set; }

    /// <summary>Age at the signal date: from the date of birth where known, else the signaller's estimate.</summary>
    public int? AgeAtSignal { get; private set; }

    /// <summary>Derived from <see cref="AgeAtSignal"/>; null when the age is unknown.</summary>
    public bool? IsMinor { get; private set; }

    public ResidenceStatus ResidenceStatus { get; private set; }
    public ConsentStatus Consent { get; private set; }
    public VictimStatus VictimStatus { get; private set; }

    public PersonIdentity Identity => new(GivenName, FamilyName, DateOfBirth, DocumentNumber, PlaceOfBirth);

    /// <summary>
    /// The year of birth, from the date of birth or else from the estimated age at the signal date, so a signal with
    /// only an estimate can be compared with one that has the full date.
    /// </summary>
    public int? BirthYear => DateOfBirth?.Year ?? (EstimatedAge is { } age ? SignalDate.Year - age : null);

    /// <summary>Checks every rule a signal must meet and creates it.</summary>
    /// <param name="today">The registry's date, so a signal cannot lie in the future.</param>
    public static Signal Create(Guid id, Organisation organisation, SignalDetails d, DateOnly today, DateTimeOffset recordedAt)
    {
        var errors = SignalRules.Check(organisation, d, today);
        if (errors.Count > 0)
        {
            throw new DomainException(
                string.Join(" ", errors.Select(e => $"{e.Field}: {e.Message}")),
                string.Join(" ", errors.Select(e => $"{e.Field}: {e.Dutch ?? e.Message}")));
        }

        var identity = d.Identity;
        int? age = identity.DateOfBirth is { } dob ? Age.At(dob, d.SignalDate) : d.EstimatedAge;
        return new Signal
        {
            Id = id,
            OrganisationId = organisation.Id,
            SignalDate = d.SignalDate,
            RecordedAt = recordedAt,
            Forms = d.Forms.Distinct().Order().ToList(),
            LabourSector = d.LabourSector,
            SexualExploitationType = d.SexualExploitationType,
            Indicators = d.Indicators.Distinct().Order().ToList(),
            MunicipalityCode = d.MunicipalityCode?.Trim().ToUpperInvariant(),
            CountryOfExploitation = Countries.Require(d.CountryOfExploitation, nameof(d.CountryOfExploitation)),
            Nationality = d.Nationality is null ? null : Countries.Require(d.Nationality, nameof(d.Nationality)),
            Gender = d.Gender,
            GivenName = Clean(identity.GivenName),
            FamilyName = Clean(identity.FamilyName),
            DateOfBirth = identity.DateOfBirth,
            DocumentNumber = Clean(identity.DocumentNumber),
            PlaceOfBirth = Clean(identity.PlaceOfBirth),
            Narrative = Clean(d.Narrative),
            EstimatedAge = d.EstimatedAge,
            AgeAtSignal = age,
            IsMinor = age is { } a ? Age.IsMinor(a) : null,
            ResidenceStatus = d.ResidenceStatus,
            Consent = d.Consent,
            VictimStatus = d.VictimStatus,
        };
    }

    public void LinkTo(Guid personId) => PersonId = personId;

    /// <summary>Removes the identifying data; the signal itself stays counted.</summary>
    public void EraseIdentity()
    {
        GivenName = null;
        FamilyName = null;
        DateOfBirth = null;
        DocumentNumber = null;
        PlaceOfBirth = null;
        Narrative = null;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
