using System.Globalization;
using Zicht.Domain.CodeLists;

namespace Zicht.Web.Localisation;

/// <summary>
/// The interface's labels: written in English in the pages and looked up in <see cref="Texts"/> for Dutch.
/// A label missing from the table fails the page in either language, so no label can stay untranslated.
/// </summary>
public sealed class Strings
{
    public static bool Dutch => CodeList.IsDutch(CultureInfo.CurrentUICulture);

    public string this[string english] =>
        Texts.Dutch.TryGetValue(english, out var nl) || ApiTexts.Dutch.TryGetValue(english, out nl) || LinkageTexts.Dutch.TryGetValue(english, out nl)
            ? Dutch ? nl : english
            : throw new KeyNotFoundException($"The label '{english}' has no Dutch text in Texts.");

    /// <summary>A label with format items ({0}, {1}, …), filled in the current culture.</summary>
    public string Format(string english, params object?[] args) => string.Format(CultureInfo.CurrentCulture, this[english], args);

    public string Code<T>(T value) where T : struct, Enum => CodeList.Label(value);

    public string Code<T>(T? value) where T : struct, Enum => value is { } v ? CodeList.Label(v) : "—";

    public string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public string Date(DateOnly? date) => date is { } d ? Date(d) : "—";

    public string Time(DateTimeOffset at) => at.ToLocalTime().ToString("d MMM yyyy HH:mm:ss", CultureInfo.CurrentCulture);

    /// <summary>A probability as a percentage with one decimal (99.9 %), never rounded up to a certainty it is not.</summary>
    public string Percent(double probability)
    {
        var tenths = Math.Floor(Math.Clamp(probability, 0, 1) * 1000) / 10;
        return tenths.ToString("0.0", CultureInfo.CurrentCulture) + " %";
    }

    /// <summary>A match weight in bits, signed, two decimals.</summary>
    public string Weight(double bits) => bits.ToString("+0.00;−0.00;0.00", CultureInfo.CurrentCulture);

    public static string Language => Dutch ? "nl" : "en";
}
