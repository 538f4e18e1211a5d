namespace Zicht.Domain.Organisations;

/// <summary>Rules that follow from an organisation's type.</summary>
public static class OrganisationTypes
{
    /// <summary>
    /// Investigating services may pass identifying data on without the person's consent;
    /// every other partner needs it (the registration rules of the national registration centre).
    /// </summary>
    public static bool RequiresConsent(this OrganisationType type) =>
        type is not (OrganisationType.Police or OrganisationType.BorderPolice or OrganisationType.LabourInspectorate);

    /// <summary>The nearest HTCDS organisation type, for exchange with systems that use that standard.</summary>
    public static HtcdsOrganisationType ToHtcds(this OrganisationType type) => type switch
    {
        OrganisationType.Police or OrganisationType.BorderPolice or OrganisationType.LabourInspectorate
            => HtcdsOrganisationType.LawEnforcement,
        OrganisationType.CareProvider or OrganisationType.Shelter => HtcdsOrganisationType.HealthServiceOrganisation,
        OrganisationType.Municipality => HtcdsOrganisationType.LocalGovernmentOrganisation,
        OrganisationType.ImmigrationService => HtcdsOrganisationType.ImmigrationService,
        OrganisationType.AsylumReception or OrganisationType.ProbationService or OrganisationType.RegistrationCentre
            => HtcdsOrganisationType.CentralGovernmentOrganisation,
        OrganisationType.Prosecution => HtcdsOrganisationType.LegalService,
        OrganisationType.Ngo or OrganisationType.Other => HtcdsOrganisationType.Ngo,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown organisation type."),
    };
}
