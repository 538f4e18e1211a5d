using System.Collections.Frozen;
using System.Globalization;

namespace Zicht.Domain.Registry;

/// <summary>ISO 3166-1 alpha-2 country codes, for nationality and country of exploitation.</summary>
public static class Countries
{
    public const string Netherlands = "NL";

    // Officially assigned ISO 3166-1 alpha-2 codes, plus XK (Kosovo, user-assigned but used by the EU) and
    // XX (stateless or unknown nationality, as in ICAO 9303 travel documents).
    private const string Codes =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
        "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO " +
        "JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR " +
        "MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO " +
        "RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV " +
        "TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK XX";

    public static readonly FrozenSet<string> All = Codes.Split(' ').ToFrozenSet(StringComparer.Ordinal);

    public static bool IsValid(string? code) => code is not null && All.Contains(code);

    /// <summary>Normalises a code to upper case and checks it; throws a <see cref="DomainException"/> naming the field.</summary>
    public static string Require(string code, string field)
    {
        var c = code.Trim().ToUpperInvariant();
        return IsValid(c)
            ? c
            : throw new DomainException($"{field}: '{code}' is not an ISO 3166-1 alpha-2 country code (for example NL, NG, PL).", $"{field}: '{code}' is geen ISO 3166-1 alpha-2-landcode (bijvoorbeeld NL, NG, PL).");
    }

    /// <summary>The country's name in the culture's language where .NET knows it, else the code.</summary>
    public static string Name(string code, CultureInfo culture)
    {
        if (code == "XX")
        {
            return culture.TwoLetterISOLanguageName == "nl" ? "Staatloos of onbekend" : "Stateless or unknown";
        }

        try
        {
            var region = new RegionInfo(code);
            return culture.TwoLetterISOLanguageName == "nl" ? DutchName(region) : region.EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }

    private static string DutchName(RegionInfo region)
    {
        // RegionInfo's DisplayName follows the UI culture; ask it in Dutch explicitly.
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-NL");
            return new RegionInfo(region.Name).DisplayName;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
