namespace Zicht.Synthetic.Model;

/// <summary>Nationality mixes: 2019 as published (Nigeria 512, Netherlands 244, Uganda 91, Poland 83, Gambia 49 of 1,334), other years a broader mix.</summary>
internal static class Nationalities
{
    private static readonly (string Code, double Weight)[] Year2019 =
    [
        ("NG", 512), ("NL", 244), ("UG", 91), ("PL", 83), ("GM", 49), ("RO", 38), ("HU", 25), ("BG", 22), ("ER", 20), ("GN", 18),
        ("SL", 16), ("VN", 15), ("MA", 14), ("GH", 13), ("UA", 12), ("SY", 12), ("CN", 10), ("SR", 10), ("IN", 9), ("LT", 8),
        ("KE", 8), ("TR", 7), ("AL", 6), ("TH", 6), ("BR", 5), ("PH", 5), ("CM", 5), ("AF", 5), ("IQ", 5), ("DZ", 4),
        ("SK", 4), ("LV", 4), ("DO", 3), ("CO", 3), ("EG", 3),
    ];

    private static readonly (string Code, double Weight)[] Other =
    [
        ("NL", 30), ("NG", 8), ("PL", 7), ("RO", 6), ("HU", 4), ("BG", 4), ("UG", 3), ("VN", 3), ("MA", 3), ("UA", 3),
        ("ER", 2), ("SY", 2), ("CN", 2), ("GM", 2), ("SR", 2), ("IN", 2), ("GN", 1.5), ("SL", 1.5), ("GH", 1.2), ("LT", 1.2),
        ("LV", 1), ("SK", 1), ("AL", 1), ("TR", 1), ("PH", 1), ("TH", 1), ("BR", 0.8), ("CO", 0.8), ("DO", 0.6), ("KE", 0.6),
        ("ET", 0.5), ("SO", 0.5), ("AF", 0.8), ("IQ", 0.6), ("EG", 0.5), ("DZ", 0.5), ("CM", 0.5), ("MD", 0.5), ("RS", 0.4), ("CZ", 0.4),
    ];

    private static readonly HashSet<string> Eu = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "PL", "PT", "RO", "SK", "SI", "ES", "SE"];

    public static bool IsEu(string code) => Eu.Contains(code);

    /// <summary>Draws a nationality; the form of exploitation shifts the mix (labour towards Central Europe, sexual towards Nigeria).</summary>
    public static string Draw(int year, FormGroup group, bool minor, bool seenByImmigration, Random r)
    {
        var table = year == 2019 ? Year2019 : Other;
        double total = 0;
        Span<double> w = stackalloc double[table.Length];
        for (var i = 0; i < table.Length; i++)
        {
            w[i] = table[i].Weight * Affinity(table[i].Code, group, minor, seenByImmigration);
            total += w[i];
        }

        var u = r.NextDouble() * total;
        for (var i = 0; i < table.Length; i++)
        {
            u -= w[i];
            if (u <= 0)
            {
                return table[i].Code;
            }
        }

        return table[^1].Code;
    }

    private static double Affinity(string code, FormGroup group, bool minor, bool seenByImmigration)
    {
        if (code == "NL")
        {
            // Minors are mostly Dutch; an asylum reception or immigration signal is rarely about a Dutch national.
            return (seenByImmigration ? 0.05 : 1) * (minor ? 4 : 1) * group switch { FormGroup.Labour => 0.3, FormGroup.Criminal => 1.5, _ => 1 };
        }

        var centralEurope = code is "PL" or "RO" or "BG" or "HU" or "LT" or "LV" or "SK" or "CZ" or "UA" or "MD";
        return group switch
        {
            FormGroup.Labour => centralEurope ? 3 : code is "NG" or "UG" or "GM" ? 0.3 : 1,
            FormGroup.Sexual => code is "NG" or "UG" ? 1.4 : centralEurope ? 0.8 : 1,
            FormGroup.Criminal => code is "MA" or "RO" or "VN" or "AL" ? 2 : 0.5,
            _ => 1,
        } * (minor ? 0.5 : 1);
    }
}
