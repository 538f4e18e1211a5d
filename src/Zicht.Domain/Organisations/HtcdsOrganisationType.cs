using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Organisations;

/// <summary>The organisation types of IOM's Human Trafficking Case Data Standard (HTCDS, field org_Type).</summary>
public enum HtcdsOrganisationType
{
    [Label("Ngo", "NGO")] Ngo,
    [Label("Rechtshandhaving", "Law enforcement")] LawEnforcement,
    [Label("Zorgorganisatie", "Health service organisation")] HealthServiceOrganisation,
    [Label("Rijksoverheid", "Central government organisation")] CentralGovernmentOrganisation,
    [Label("Lokale overheid", "Local government organisation")] LocalGovernmentOrganisation,
    [Label("Immigratiedienst", "Immigration service")] ImmigrationService,
    [Label("Juridische dienstverlening", "Legal service")] LegalService,
    [Label("Bedrijf", "Corporate business")] CorporateBusiness,
}
