namespace Zicht.Statistics.Disclosure;

/// <summary>
/// Percentages and averages that may be published only where their denominators pass the same rule as counts: a
/// published denominator of at least the threshold, and a published numerator.
/// </summary>
public static class DerivedFigures
{
    /// <summary>100 · part / whole, or null when either may not be shown.</summary>
    public static double? Percentage(ProtectedCell part, ProtectedCell whole, int threshold)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(whole);
        return Passes(whole, threshold) && part.Published is { } p ? 100 * p / whole.Published!.Value : null;
    }

    /// <summary>sum / count for an average over persons, or null when the count does not pass the rule.</summary>
    public static double? Average(double sum, ProtectedCell count, int threshold)
    {
        ArgumentNullException.ThrowIfNull(count);
        return Passes(count, threshold) ? sum / count.Published!.Value : null;
    }

    private static bool Passes(ProtectedCell denominator, int threshold) =>
        denominator.Status == CellStatus.Safe && denominator.Published is { } d && d >= threshold;
}
