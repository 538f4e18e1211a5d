using System.Text.RegularExpressions;

namespace Zicht.Web.Localisation;

/// <summary>
/// The linkage engine's comparison names (the registry's signal columns) and agreement levels (English, some with
/// a number or a field name in them) in the reader's language, for the review page's explanation.
/// </summary>
public static partial class LinkageLabels
{
    public static string Comparison(Strings t, string comparison) => comparison switch
    {
        "given_name" => t["Given name"],
        "family_name" => t["Family name"],
        "date_of_birth" => t["Date of birth"],
        "birth_year" => t["Year of birth"],
        "document_number" => t["Document number"],
        "gender" => t["Gender"],
        "nationality" => t["Nationality"],
        "place_of_birth" => t["Place of birth"],
        "municipality" => t["Municipality"],
        _ => comparison,
    };

    /// <summary>An agreement level; a label the engine may add later shows as the engine wrote it rather than failing the page.</summary>
    public static string Level(Strings t, string level)
    {
        if (Known.Contains(level))
        {
            return t[level];
        }

        if (SwappedWith().Match(level) is { Success: true } swapped)
        {
            return t.Format("swapped with {0}", Comparison(t, swapped.Groups[1].Value));
        }

        if (MissingOrSwapped().Match(level) is { Success: true } weighed)
        {
            return t.Format("missing, or swapped (weighed with {0})", Comparison(t, weighed.Groups[1].Value));
        }

        if (ComparedBy().Match(level) is { Success: true } deferred)
        {
            return t.Format("missing, or both compared by {0}", Comparison(t, deferred.Groups[1].Value));
        }

        if (Within().Match(level) is { Success: true } within)
        {
            return within.Groups[2].Success ? t.Format("within {0} days", within.Groups[1].Value) : t.Format("within {0}", within.Groups[1].Value);
        }

        if (AtLeast().Match(level) is { Success: true } band)
        {
            return t.Format(band.Groups[1].Value == "Jaro-Winkler" ? "Jaro-Winkler similarity at least {0}" : "word overlap at least {0}", band.Groups[2].Value);
        }

        return level;
    }

    /// <summary>The fixed level labels of the comparisons the registry uses (names, dates, strings, identifiers, categories).</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "missing", "exact", "different", "same without particles, or a shared part", "one edit apart", "same sound",
        "day and month swapped", "one digit wrong", "same area", "same region", "different, may be a married name",
    };

    [GeneratedRegex("^swapped with (.+)$")]
    private static partial Regex SwappedWith();

    [GeneratedRegex(@"^missing, or swapped \(weighed with (.+)\)$")]
    private static partial Regex MissingOrSwapped();

    [GeneratedRegex("^missing, or both compared by (.+)$")]
    private static partial Regex ComparedBy();

    [GeneratedRegex("^within ([0-9.]+)( days)?$")]
    private static partial Regex Within();

    [GeneratedRegex("^(Jaro-Winkler|word overlap) >= ([0-9.]+)$")]
    private static partial Regex AtLeast();
}
