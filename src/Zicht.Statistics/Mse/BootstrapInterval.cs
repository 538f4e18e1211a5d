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
        var lower = ok.Quantile(alpha);
        var upper = ok.Quantile(1 - alpha);
        var methodName = kind == BootstrapKind.Parametric ? IntervalMethod.ParametricBootstrap : IntervalMethod.NonparametricBootstrap;
        return new BootstrapResult(new Interval(lower, upper, level, methodName), totals, replicates - ok.Length);
    }
}
