namespace Zicht.Web.Localisation;

/// <summary>The Dutch text of the API-key administration's labels, keyed by their English text.</summary>
public static class ApiTexts
{
    public static readonly IReadOnlyDictionary<string, string> Dutch = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["A key carries the role Signaller or CaseWorker."] = "Een sleutel heeft de rol Signaller of CaseWorker.",
        ["A key is issued to an organisation."] = "Een sleutel wordt aan een organisatie uitgegeven.",
        ["A key's name has at most 100 characters."] = "De naam van een sleutel heeft hoogstens 100 tekens.",
        ["API keys"] = "API-sleutels",
        ["API reference"] = "API-documentatie",
        ["Another key already has this name."] = "Er is al een sleutel met deze naam.",
        ["Fill in a name for the key."] = "Vul een naam voor de sleutel in.",
        ["Issue key"] = "Sleutel uitgeven",
        ["Issued"] = "Uitgegeven",
        ["Key starts with"] = "Sleutel begint met",
        ["Last used"] = "Laatst gebruikt",
        ["Municipality of a case worker's key (name or CBS code; empty for all)"] = "Gemeente van de sleutel van een casemanager (naam of CBS-code; leeg voor alle)",
        ["Name of the partner system"] = "Naam van het partnersysteem",
        ["New API key"] = "Nieuwe API-sleutel",
        ["Only a case worker's key is limited to a municipality."] = "Alleen de sleutel van een casemanager is tot een gemeente beperkt.",
        ["Partner systems call the API (/api/v1) with a key issued to their organisation and a role. Send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'."] =
            "Partnersystemen roepen de API (/api/v1) aan met een sleutel die aan hun organisatie en een rol is uitgegeven. Stuur die als 'Authorization: Bearer <sleutel>' of 'X-Api-Key: <sleutel>'.",
        ["Revoke"] = "Intrekken",
        ["Revoke the key {0}"] = "Sleutel {0} intrekken",
        ["Revoked"] = "Ingetrokken",
        ["The key for {0}. Copy it now: it is shown only this once, and only its hash is kept."] = "De sleutel voor {0}. Kopieer hem nu: hij wordt alleen deze ene keer getoond, en alleen zijn hash wordt bewaard.",
        ["The key is revoked: calls with it are refused from now on."] = "De sleutel is ingetrokken: aanroepen ermee worden vanaf nu geweigerd.",
        ["never"] = "nooit",
    };
}
