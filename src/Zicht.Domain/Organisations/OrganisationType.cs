using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Organisations;

/// <summary>The kinds of partner organisation that signal, register, help or prosecute.</summary>
public enum OrganisationType
{
    [Label("Politie", "Police")] Police,
    [Label("Koninklijke Marechaussee", "Border police (KMar)")] BorderPolice,
    [Label("Arbeidsinspectie", "Labour inspectorate")] LabourInspectorate,
    [Label("Zorgcoördinator / zorgaanbieder", "Care coordinator / care provider")] CareProvider,
    [Label("Opvang", "Shelter")] Shelter,
    [Label("Gemeente", "Municipality")] Municipality,
    [Label("Asielopvang (COA)", "Asylum reception")] AsylumReception,
    [Label("Immigratiedienst (IND)", "Immigration service")] ImmigrationService,
    [Label("Openbaar Ministerie", "Public prosecution")] Prosecution,
    [Label("Reclassering", "Probation service")] ProbationService,
    [Label("Maatschappelijke organisatie (ngo)", "NGO")] Ngo,
    [Label("Registratiecentrum", "Registration centre")] RegistrationCentre,
    [Label("Overig", "Other")] Other,
}
