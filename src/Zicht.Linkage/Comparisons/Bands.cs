namespace Zicht.Linkage.Comparisons;

/// <summary>Picks thresholds from settings or defaults.</summary>
internal static class Bands
{
    public static double[] Of(IReadOnlyList<double>? configured, params double[] defaults) =>
        configured is { Count: > 0 } ? [.. configured] : defaults;

    public static string Format(double x) => x.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
