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
}
