using System.Globalization;
using Zicht.Linkage.Settings;

namespace Zicht.Linkage.Normalisation;

/// <summary>Normalises a raw value by the kind of field it is, and derives blocking keys from it; clear and encoded mode share these rules.</summary>
public static class FieldNormaliser
{
    /// <summary>The normalised value; empty when the value is missing or unreadable.</summary>
    public static string Normalise(string? raw, ComparisonType kind)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return string.Empty;
        }

        switch (kind)
        {
            case ComparisonType.Name:
                return NameNormaliser.Normalise(raw).Full;
            case ComparisonType.Date:
                return DateValue.TryParse(raw, out var d) ? d.ToString() : string.Empty;
            case ComparisonType.Postcode:
            case ComparisonType.Identifier:
                return TextFolding.Fold(raw).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
            case ComparisonType.Number:
                return TryNumber(raw, out var n) ? n.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
            case ComparisonType.Bloom:
                return raw.Trim();
            default:
                return TextFolding.Fold(raw);
        }
    }

    /// <summary>The text a blocking transform keeps of a raw value; empty when the record gets no key.</summary>
    public static string Key(string? raw, BlockingTransform transform, ComparisonType kind)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return string.Empty;
        }

        switch (transform)
        {
            case BlockingTransform.Exact:
                return Normalise(raw, kind);
            case BlockingTransform.Core:
                return NameNormaliser.Normalise(raw).Core;
            case BlockingTransform.Phonetic:
                return PhoneticKey.Of(raw);
            case BlockingTransform.Initial:
                var core = kind == ComparisonType.Name ? NameNormaliser.Normalise(raw).Core : Normalise(raw, kind);
                return core.Length == 0 ? string.Empty : core[..1];
            case BlockingTransform.Prefix or BlockingTransform.Suffix:
                var letters = (kind == ComparisonType.Name ? NameNormaliser.Normalise(raw).Core : Normalise(raw, kind)).Replace(" ", string.Empty, StringComparison.Ordinal);
                return letters.Length <= 3 ? letters : transform == BlockingTransform.Prefix ? letters[..3] : letters[^3..];
            case BlockingTransform.Year:
                return DateValue.TryParse(raw, out var y) ? y.Year.ToString(CultureInfo.InvariantCulture) : string.Empty;
            case BlockingTransform.Swap:
                if (!DateValue.TryParse(raw, out var s))
                {
                    return string.Empty;
                }

                var (lo, hi) = s.Month <= s.Day ? (s.Month, s.Day) : (s.Day, s.Month);
                return string.Create(CultureInfo.InvariantCulture, $"{s.Year:D4}{lo:D2}{hi:D2}");
            case BlockingTransform.Area:
                var pc = Normalise(raw, ComparisonType.Postcode);
                return pc.Length >= 5 ? pc[..^2] : pc;
            default:
                throw new ArgumentOutOfRangeException(nameof(transform), transform, "not a text transform");
        }
    }

    public static bool TryNumber(string? raw, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }

        var t = raw.Trim();
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        // Dutch and most of Europe write a decimal comma.
        return double.TryParse(t.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
