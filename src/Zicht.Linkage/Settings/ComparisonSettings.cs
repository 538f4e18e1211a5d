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

    /// <summary>Similarity bands, highest first; the type's defaults when absent.</summary>
    public IReadOnlyList<double>? Thresholds { get; init; }
}
