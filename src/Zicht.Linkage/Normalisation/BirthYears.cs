using System.Globalization;

namespace Zicht.Linkage.Normalisation;

/// <summary>
/// Years of birth from a date of birth, a year, or an age estimated at a date; clear and encoded mode share these
/// rules. An estimate is only as good as the eye that made it, so comparisons allow a few years between them.
/// </summary>
public static class BirthYears
{
    /// <summary>Years on either side of a year that its encoding also holds, so Dice shows how far apart two years are.</summary>
    public const int Window = 3;

    /// <summary>The year of birth as four digits, or empty: from an age at a reference date where both are given, else from the value (a year or a date).</summary>
    public static string Of(string? value, string? age, string? reference)
    {
        if (!string.IsNullOrWhiteSpace(age) && !string.IsNullOrWhiteSpace(reference)
            && FieldNormaliser.TryNumber(age, out var years) && years is >= 0 and < 150
            && DateValue.TryParse(reference, out var at))
        {
            // Someone of 30 in 2020 was born in 1989 or 1990; the later year is as good as the earlier.
            return Format(at.Year - (int)Math.Floor(years));
        }

        return Normalise(value);
    }

    /// <summary>The year of a year ("1990", "1990.0") or a date ("1990-05-13"), or empty.</summary>
    public static string Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var t = value.Trim();
        if (t.Length <= 6 && FieldNormaliser.TryNumber(t, out var n) && n == Math.Floor(n) && n is >= 1000 and <= 2999)
        {
            return Format((int)n);
        }

        return DateValue.TryParse(t, out var d) && d.Year is >= 1000 and <= 2999 ? Format(d.Year) : string.Empty;
    }

    /// <summary>The tokens an encoded year holds: itself and its neighbours within <see cref="Window"/>.</summary>
    public static IReadOnlyList<string> Tokens(string year)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            return [];
        }

        var tokens = new string[(2 * Window) + 1];
        for (var k = -Window; k <= Window; k++)
        {
            tokens[k + Window] = Format(y + k);
        }

        return tokens;
    }

    private static string Format(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
}
