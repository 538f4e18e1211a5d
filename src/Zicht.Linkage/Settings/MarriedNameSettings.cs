using Zicht.Linkage.Normalisation;

namespace Zicht.Linkage.Settings;

/// <summary>
/// A surname that may change by marriage: records whose <see cref="Column"/> holds one of <see cref="Values"/> (women,
/// in most registers) may carry another surname than at an earlier registration. The comparison then has a level
/// "different, may be a married name" beside "different", so EM learns how often a match's surname differs where a
/// marriage can explain it, and a different surname weighs less for them than for others.
/// </summary>
public sealed record MarriedNameSettings
{
    /// <summary>The column that tells whether a record's surname may have changed (sex or gender).</summary>
    public required string Column { get; init; }

    /// <summary>Its values (compared case- and accent-insensitively) of records whose surname may have changed.</summary>
    public required IReadOnlyList<string> Values { get; init; }

    /// <summary>
    /// Tells of a cell of <see cref="Column"/> whether the record's surname may have changed: true (one of the
    /// values), false (another value) or null (empty). Made once per file: it folds the values once.
    /// </summary>
    public Func<string?, bool?> Matcher()
    {
        var values = Values.Select(TextFolding.Fold).ToHashSet(StringComparer.Ordinal);
        return cell => string.IsNullOrWhiteSpace(cell) ? null : values.Contains(TextFolding.Fold(cell));
    }
}
