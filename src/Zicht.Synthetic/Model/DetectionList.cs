using Zicht.Domain.Organisations;

namespace Zicht.Synthetic.Model;

/// <summary>The kinds of signaller that can detect a victim: the lists of a capture–recapture analysis.</summary>
public enum DetectionList
{
    Police,
    CareCoordinator,
    LabourInspectorate,
    BorderPolice,
    Immigration,
    Ngo,
}

/// <summary>Which organisation type files a list's signals.</summary>
public static class DetectionLists
{
    public static readonly DetectionList[] All = Enum.GetValues<DetectionList>();

    public static OrganisationType OrganisationType(this DetectionList list) => list switch
    {
        DetectionList.Police => Zicht.Domain.Organisations.OrganisationType.Police,
        DetectionList.CareCoordinator => Zicht.Domain.Organisations.OrganisationType.CareProvider,
        DetectionList.LabourInspectorate => Zicht.Domain.Organisations.OrganisationType.LabourInspectorate,
        DetectionList.BorderPolice => Zicht.Domain.Organisations.OrganisationType.BorderPolice,
        DetectionList.Immigration => Zicht.Domain.Organisations.OrganisationType.AsylumReception,
        _ => Zicht.Domain.Organisations.OrganisationType.Ngo,
    };
}
