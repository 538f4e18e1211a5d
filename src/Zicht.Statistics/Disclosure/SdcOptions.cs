namespace Zicht.Statistics.Disclosure;

/// <summary>The disclosure-control rules: minimum frequency, dominance, protection margin and rounding.</summary>
public sealed record SdcOptions
{
    /// <summary>Cells with 0 &lt; count &lt; Threshold are primary suppressions. Zero cells are published.</summary>
    public int Threshold { get; init; } = 10;

    /// <summary>(n, k) dominance rule: n largest contributions (needs contributions per cell; null switches the rule off).</summary>
    public int DominanceContributors { get; init; } = 1;

    /// <summary>Share k of the cell total above which the n largest contributions make it primary (for example 0.8).</summary>
    public double? DominanceShare { get; init; }

    /// <summary>
    /// The smallest width the feasible interval of each primary cell must have once the table is published (null: the
    /// threshold). An interval as wide as the threshold leaves a reader unable to tell a suppressed count from a safe one.
    /// </summary>
    public double? ProtectionMargin { get; init; }

    /// <summary>Round published values to multiples of this base (null: no rounding).</summary>
    public int? RoundingBase { get; init; }

    public double Margin => ProtectionMargin ?? Threshold;

    public void Validate()
    {
        if (Threshold < 1)
        {
            throw new ArgumentException($"threshold: {Threshold} must be at least 1.");
        }

        if (DominanceShare is { } k && (k <= 0 || k >= 1 || DominanceContributors < 1))
        {
            throw new ArgumentException($"dominance: share {k} must lie strictly between 0 and 1 with at least one contributor.");
        }

        if (ProtectionMargin is < 0)
        {
            throw new ArgumentException($"protection margin: {ProtectionMargin} must not be negative.");
        }

        if (RoundingBase is < 1)
        {
            throw new ArgumentException($"rounding base: {RoundingBase} must be at least 1.");
        }
    }
}
