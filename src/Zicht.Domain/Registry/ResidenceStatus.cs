using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Registry;

/// <summary>Residence status at the time of the signal; one of the factors the monitor found help to depend on.</summary>
public enum ResidenceStatus
{
    [Label("Nederlandse nationaliteit", "Dutch national")] DutchNational,
    [Label("EU-burger", "EU citizen")] EuCitizen,
    [Label("Rechtmatig verblijf (vergunning)", "Lawful residence (permit)")] LawfulResident,
    [Label("Asielzoeker", "Asylum seeker")] AsylumSeeker,
    [Label("Verblijfsregeling mensenhandel", "Residence scheme for trafficking victims")] TraffickingResidenceScheme,
    [Label("Onrechtmatig verblijf", "Irregular residence")] Irregular,
    [Label("Onbekend", "Unknown")] Unknown,
}
