namespace Zicht.Linkage.Settings;

/// <summary>One comparison of the Fellegi–Sunter model: a field, how it is compared and whether common values weigh less.</summary>
public sealed record ComparisonSettings
{
    /// <summary>Name in the output (a weight column per comparison) and in explanations.</summary>
    public required string Name { get; init; }

    public required ComparisonType Type { get; init; }

    public required string Column { get; init; }

    /// <summary>For names: the field a value may have been swapped with (first name and surname).</summary>
    public string? SwapWith { get; init; }

    /// <summary>Whether exact agreement on a common value weighs less than on a rare one.</summary>
    public bool TermFrequency { get; init; }

    /// <summary>
    /// For <see cref="ComparisonType.BirthYear"/>: a column with an estimated age in years. Where it has a value the
    /// year of birth is the year of <see cref="ReferenceColumn"/> minus the age, or else the value of
    /// <see cref="Column"/> (a birth year already derived from the estimate).
    /// </summary>
    public string? AgeColumn { get; init; }

    /// <summary>For <see cref="ComparisonType.BirthYear"/>: the date at which the age was estimated (the signal's date).</summary>
    public string? ReferenceColumn { get; init; }

    /// <summary>
    /// The name of another comparison that compares the same fact more precisely: pairs where both records have a
    /// value for that one are left to it (weight 0 here), so a year of birth does not count again beside the full date.
    /// </summary>
    public string? DeferTo { get; init; }

    /// <summary>For surnames: which records may carry a married name (see <see cref="MarriedNameSettings"/>).</summary>
    public MarriedNameSettings? MarriedName { get; init; }

    /// <summary>Similarity bands, highest first; the type's defaults when absent.</summary>
    public IReadOnlyList<double>? Thresholds { get; init; }
}
