using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace Zicht.Statistics.Mse;

/// <summary>
/// Bootstrap intervals that repeat the whole model selection in every replicate, so the interval carries the uncertainty of
/// choosing the model (Chan, Silverman and Vincent 2021, section 3.3). Replicates run in parallel but each has its own
/// generator seeded from the seed and its index, so results do not depend on scheduling.
/// </summary>
public static class BootstrapInterval
{
    public static BootstrapResult Compute(
        MseFit fit,
        SelectionMethod method,
        BootstrapKind kind,
        int replicates,
        int seed,
        double level = 0.95,
        double threshold = StepwiseSelection.DefaultThreshold,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fit);
        WaldInterval.EnsureUsable(fit);
        if (replicates < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(replicates), replicates, "A bootstrap needs at least 2 replicates.");
        }

        var table = fit.Table;
        var observed = table.ToArray();
        var n = (int)Math.Round(table.Observed);
        var means = new double[observed.Length];
        for (var i = 0; i < fit.Cells.Count; i++)
        {
            means[fit.Cells[i]] = fit.Fitted[i];
        }

        var fixedTerms = method == SelectionMethod.Main ? fit.Terms.ToArray() : null;
        var totals = new double[replicates];
        Parallel.For(0, replicates, new ParallelOptions { CancellationToken = cancellationToken }, r =>
        {
            var rng = new Random(unchecked((seed * 1_000_003) + r));
            var counts = new double[observed.Length];
            if (kind == BootstrapKind.Nonparametric)
            {
                // Multinomial by successive binomials.
                var left = n;
                var mass = table.Observed;
                for (var m = 1; m < observed.Length && left > 0; m++)
                {
                    if (observed[m] <= 0)
                    {
                        continue;
                    }

                    var p = Math.Min(1, observed[m] / mass);
                    var draw = Sampling.Binomial(rng, p, left);
                    counts[m] = draw;
                    left -= draw;
                    mass -= observed[m];
                }
            }
            else
            {
                for (var m = 1; m < observed.Length; m++)
                {
                    counts[m] = means[m] > 0 ? Poisson.Sample(rng, means[m]) : 0;
                }
            }

            var replicate = ModelSelector.Select(table.WithCounts(counts), method, threshold, fixedTerms);
            totals[r] = replicate.IsUsable ? replicate.Total : double.NaN;
        });

        var ok = totals.Where(t => !double.IsNaN(t)).OrderBy(t => t).ToArray();
        if (ok.Length < 2)
        {
            throw new InvalidOperationException($"Only {ok.Length} of {replicates} bootstrap replicates gave an estimate; no interval.");
        }

        var alpha = (1 - level) / 2;
        var methodName = kind == BootstrapKind.Parametric ? IntervalMethod.ParametricBootstrap : IntervalMethod.NonparametricBootstrap;
        var percentile = new Interval(Quantile(ok, alpha), Quantile(ok, 1 - alpha), level, methodName);
        if (kind == BootstrapKind.Parametric)
        {
            return new BootstrapResult(percentile, percentile, null, double.NaN, totals, replicates - ok.Length);
        }

        var acceleration = JackknifeAcceleration(fit, method, threshold, fixedTerms);
        var bca = Bca(ok, fit.Total, acceleration, alpha, level, methodName);
        return new BootstrapResult(bca ?? percentile, percentile, bca, acceleration, totals, replicates - ok.Length);
    }

    /// <summary>
    /// The BCa acceleration from the delete-one jackknife over persons, one refit per observed pattern weighted by its count
    /// (Chan, Silverman and Vincent 2021, §3.3; SparseMSE's estimatepopulation).
    /// </summary>
    private static double JackknifeAcceleration(MseFit fit, SelectionMethod method, double threshold, IReadOnlyCollection<int>? fixedTerms)
    {
        var counts = fit.Table.ToArray();
        var patterns = Enumerable.Range(1, counts.Length - 1).Where(m => counts[m] > 0).ToArray();
        var estimates = new double[patterns.Length];
        Parallel.For(0, patterns.Length, i =>
        {
            var reduced = (double[])counts.Clone();
            reduced[patterns[i]] -= 1;
            var refit = ModelSelector.Select(fit.Table.WithCounts(reduced), method, threshold, fixedTerms);
            estimates[i] = refit.IsUsable ? refit.Total : double.NaN;
        });

        double n = 0, mean = 0;
        for (var i = 0; i < patterns.Length; i++)
        {
            if (!double.IsNaN(estimates[i]))
            {
                n += counts[patterns[i]];
                mean += counts[patterns[i]] * estimates[i];
            }
        }

        mean /= n;
        double s2 = 0, s3 = 0;
        for (var i = 0; i < patterns.Length; i++)
        {
            if (double.IsNaN(estimates[i]))
            {
                continue;
            }

            var r = mean - estimates[i];
            s2 += counts[patterns[i]] * r * r;
            s3 += counts[patterns[i]] * r * r * r;
        }

        return s2 > 0 ? s3 / (6 * Math.Pow(s2, 1.5)) : 0;
    }

    /// <summary>BCa limits as SparseMSE's bcaconfvalues (DiCiccio and Efron 1996); null when the bias correction is infinite.</summary>
    private static Interval? Bca(double[] sorted, double estimate, double acceleration, double alpha, double level, IntervalMethod method)
    {
        var below = sorted.Count(t => t < estimate) / (double)sorted.Length;
        if (below is <= 0 or >= 1)
        {
            return null;
        }

        var z0 = Normal.InvCDF(0, 1, below);
        double Limit(double a)
        {
            var za = Normal.InvCDF(0, 1, a) + z0;
            return Quantile(sorted, Normal.CDF(0, 1, z0 + za / (1 - acceleration * za)));
        }

        return new Interval(Limit(alpha), Limit(1 - alpha), level, method);
    }

    // R's quantile type 8, as SparseMSE uses.
    private static double Quantile(double[] sorted, double tau) =>
        SortedArrayStatistics.QuantileCustom(sorted, tau, QuantileDefinition.R8);
}
