using MathNet.Numerics.Distributions;

namespace Zicht.Statistics.Mse;

/// <summary>
/// Forward stepwise selection of two-list interactions by Poisson p-values (Chan, Silverman and Vincent 2021, as SparseMSE's
/// stepwisefit): from main effects, add the pair whose overlap total is least compatible with the current model, while its
/// p-value is below the threshold, never adding a pair that makes the estimate non-existent or non-identifiable.
/// </summary>
public static class StepwiseSelection
{
    public const double DefaultThreshold = 0.02;

    public static MseFit Select(CaptureTable table, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (threshold is < 0 or > 1 || double.IsNaN(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The p-value threshold must lie between 0 and 1.");
        }

        var current = ModelFitter.Fit(table, []);
        if (!current.IsUsable || threshold == 0)
        {
            return current;
        }

        var k = table.ListCount;
        var pairs = new List<int>();
        for (var i = 0; i < k - 1; i++)
        {
            for (var j = i + 1; j < k; j++)
            {
                pairs.Add((1 << i) | (1 << j));
            }
        }

        var overlap = pairs.Select(table.OverlapTotal).ToArray();
        var included = new bool[pairs.Count];
        var terms = new List<int>();
        for (var cycle = 0; cycle < pairs.Count; cycle++)
        {
            var bestP = 1.0;
            var best = -1;
            for (var j = 0; j < pairs.Count; j++)
            {
                if (included[j])
                {
                    continue;
                }

                var lambda = 0.0;
                for (var c = 0; c < current.Cells.Count; c++)
                {
                    if ((current.Cells[c] & pairs[j]) == pairs[j])
                    {
                        lambda += current.Fitted[c];
                    }
                }

                var p = PoissonPValue(overlap[j], lambda);
                if (p >= bestP || p >= threshold)
                {
                    continue;
                }

                // Only candidates that could win are checked: the check is the expensive part.
                if (ModelFitter.Check(table, [.. terms, pairs[j]]) != FitStatus.Ok)
                {
                    continue;
                }

                bestP = p;
                best = j;
            }

            if (best < 0)
            {
                return current;
            }

            var next = ModelFitter.Fit(table, [.. terms, pairs[best]]);
            if (!next.IsUsable)
            {
                return current;
            }

            terms.Add(pairs[best]);
            included[best] = true;
            current = next;
        }

        return current;
    }

    /// <summary>The smaller tail probability of the observed overlap under a Poisson with the model's expected overlap.</summary>
    public static double PoissonPValue(double observed, double expected)
    {
        if (expected <= 0)
        {
            return observed > 0 ? 0 : 1;
        }

        var lower = Poisson.CDF(expected, observed);
        var upper = observed <= 0 ? 1 : 1 - Poisson.CDF(expected, observed - 1);
        return Math.Min(lower, upper);
    }
}
