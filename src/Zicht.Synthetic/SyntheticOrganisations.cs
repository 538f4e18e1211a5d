using System.Security.Cryptography;
using System.Text;
using Zicht.Domain.Organisations;
using Zicht.Synthetic.Model;

namespace Zicht.Synthetic;

/// <summary>The partner organisations of the demo: the kinds that exist in the Netherlands, with stable ids.</summary>
public static class SyntheticOrganisations
{
    private static readonly (string Name, OrganisationType Type, string? Municipality)[] Definitions =
    [
        ("Politie Eenheid Amsterdam", OrganisationType.Police, "GM0363"),
        ("Politie Eenheid Rotterdam", OrganisationType.Police, "GM0599"),
        ("Politie Eenheid Den Haag", OrganisationType.Police, "GM0518"),
        ("Politie Eenheid Midden-Nederland", OrganisationType.Police, "GM0344"),
        ("Politie Eenheid Oost-Brabant", OrganisationType.Police, "GM0796"),
        ("Politie Eenheid Zeeland-West-Brabant", OrganisationType.Police, "GM0758"),
        ("Politie Eenheid Limburg", OrganisationType.Police, "GM0935"),
        ("Politie Eenheid Oost-Nederland", OrganisationType.Police, "GM0202"),
        ("Politie Eenheid Noord-Nederland", OrganisationType.Police, "GM0014"),
        ("Politie Eenheid Noord-Holland", OrganisationType.Police, "GM0392"),
        ("Koninklijke Marechaussee", OrganisationType.BorderPolice, null),
        ("Nederlandse Arbeidsinspectie", OrganisationType.LabourInspectorate, null),
        ("Zorgcoördinatie Mensenhandel Amsterdam", OrganisationType.CareProvider, "GM0363"),
        ("Zorgcoördinatie Mensenhandel Rotterdam-Rijnmond", OrganisationType.CareProvider, "GM0599"),
        ("Zorgcoördinatie Mensenhandel Haaglanden", OrganisationType.CareProvider, "GM0518"),
        ("Zorgcoördinatie Mensenhandel Utrecht", OrganisationType.CareProvider, "GM0344"),
        ("Zorgcoördinatie Mensenhandel Brabant", OrganisationType.CareProvider, "GM0796"),
        ("Zorgcoördinatie Mensenhandel Gelderland", OrganisationType.CareProvider, "GM0268"),
        ("Zorgcoördinatie Mensenhandel Noord-Nederland", OrganisationType.CareProvider, "GM0014"),
        ("Zorgcoördinatie Mensenhandel Limburg", OrganisationType.CareProvider, "GM0935"),
        ("Categorale Opvang Slachtoffers Mensenhandel", OrganisationType.Shelter, null),
        ("Centraal Orgaan opvang asielzoekers", OrganisationType.AsylumReception, null),
        ("Immigratie- en Naturalisatiedienst", OrganisationType.ImmigrationService, null),
        ("Stichting Humanitaire Hulp Mensenhandel", OrganisationType.Ngo, null),
        ("Stichting Arbeid Zonder Uitbuiting", OrganisationType.Ngo, null),
        ("Landelijk Registratiecentrum Mensenhandel", OrganisationType.RegistrationCentre, null),
        ("Openbaar Ministerie", OrganisationType.Prosecution, null),
        ("Reclassering Nederland", OrganisationType.ProbationService, null),
        ("Gemeente Amsterdam", OrganisationType.Municipality, "GM0363"),
        ("Gemeente Rotterdam", OrganisationType.Municipality, "GM0599"),
    ];

    /// <summary>Every synthetic organisation; ids are derived from the names, so they are the same in every run.</summary>
    public static IReadOnlyList<Organisation> All { get; } = Definitions.Select(d => new Organisation(IdOf(d.Name), d.Name, d.Type, d.Municipality)).ToArray();

    /// <summary>The organisations that file a detection list's signals.</summary>
    public static IReadOnlyList<Organisation> For(DetectionList list) => list switch
    {
        DetectionList.Immigration => All.Where(o => o.Type is OrganisationType.AsylumReception or OrganisationType.ImmigrationService).ToArray(),
        _ => All.Where(o => o.Type == list.OrganisationType()).ToArray(),
    };

    private static Guid IdOf(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("zicht-synthetic-organisation|" + name));
        return new Guid(hash.AsSpan(0, 16));
    }
}
