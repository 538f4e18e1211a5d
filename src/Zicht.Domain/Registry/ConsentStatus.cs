using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Registry;

/// <summary>Whether the person agreed that identifying data is passed on to the registry.</summary>
public enum ConsentStatus
{
    [Label("Toestemming gegeven", "Consent given")] Given,
    [Label("Toestemming geweigerd", "Consent refused")] Refused,
    [Label("Niet nodig (opsporingsdienst)", "Not required (investigating service)")] NotRequired,
}
