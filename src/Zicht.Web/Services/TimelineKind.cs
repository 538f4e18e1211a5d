namespace Zicht.Web.Services;

/// <summary>The kinds of event on a case's timeline.</summary>
public enum TimelineKind
{
    Signal,
    Assessment,
    Referral,
    Help,
    Victimisation,
    Suspect,
}
