using System.Globalization;
using Zicht.Statistics.Lcmcr;

namespace Zicht.Statistics.Mse;

/// <summary>Estimates the total and hidden population from a capture table in one call, or per stratum.</summary>
public static class MseEstimator
{
    public static MseResult Estimate(CaptureTable table, MseOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= new MseOptions();
        options.Validate();
        var warnings = DataWarnings(table);
        if (table.Observed == 0)
        {
            warnings.Add("nobody was observed on any list: there is nothing to estimate from");
            return new MseResult { Method = options.Method, Observed = 0, Warnings = warnings };
        }

        if (options.Method == SelectionMethod.Lcmcr)
        {
            var lcmcr = LcmcrSampler.Run(table, options.Lcmcr with { Level = options.Level }, cancellationToken);
            warnings.AddRange(ConvergenceWarnings(lcmcr.Convergence));
            return new MseResult
            {
                Method = options.Method,
                Observed = table.Observed,
                Estimate = lcmcr.Median,
                Interval = lcmcr.Interval,
                Convergence = lcmcr.Convergence,
                Warnings = warnings,
            };
        }

        var fit = ModelSelector.Select(table, options.Method, options.Threshold);
        if (!fit.IsUsable)
        {
            warnings.Add($"no estimate: {fit.Problem}");
            return new MseResult { Method = options.Method, Observed = table.Observed, Model = fit, Warnings = warnings };
        }

        foreach (var t in fit.EmptyTerms)
        {
            warnings.Add($"lists {table.TermName(t).Replace(":", " and ", StringComparison.Ordinal)} never overlap: their interaction is taken as −∞ (no one can be on both)");
        }

        Interval? interval = null;
        switch (options.Interval)
        {
            case IntervalKind.Wald:
                interval = WaldInterval.Compute(fit, options.Level);
                break;
            case IntervalKind.Profile:
                interval = ProfileLikelihoodInterval.Compute(fit, options.Level).Interval;
                if (double.IsPositiveInfinity(interval.Upper))
                {
                    warnings.Add("the profile likelihood does not fall far enough on the upper side: the data set no upper limit");
                }

                break;
            case IntervalKind.Bootstrap:
                var boot = BootstrapInterval.Compute(fit, options.Method, options.Bootstrap, options.Replicates, options.Seed, options.Level, options.Threshold, cancellationToken);
                interval = boot.Interval;
                if (boot.Failed > 0)
                {
                    warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{boot.Failed} of {options.Replicates} bootstrap replicates gave no estimate and were left out"));
                }

                break;
        }

        return new MseResult
        {
            Method = options.Method,
            Observed = table.Observed,
            Estimate = fit.Total,
            Interval = interval,
            Model = fit,
            Warnings = warnings,
        };
    }

    /// <summary>One estimate per stratum (for example per year or per form of exploitation), with the same options.</summary>
    public static IReadOnlyDictionary<string, MseResult> EstimateStrata(
        IReadOnlyDictionary<string, CaptureTable> strata,
        MseOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(strata);
        var results = new SortedDictionary<string, MseResult>(StringComparer.Ordinal);
        foreach (var (name, table) in strata)
        {
            results[name] = Estimate(table, options, cancellationToken);
        }

        return results;
    }

    private static IEnumerable<string> ConvergenceWarnings(ChainDiagnostics d)
    {
        if (!(d.RHat <= ChainDiagnostics.RHatLimit))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"the chains have not mixed (R-hat {d.RHat:0.###} above {ChainDiagnostics.RHatLimit}): run more iterations or more chains before using this estimate");
        }

        if (d.EffectiveSamples < ChainDiagnostics.EffectiveSamplesFloor)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"only {d.EffectiveSamples:0} effective samples of {d.Samples} (fewer than {ChainDiagnostics.EffectiveSamplesFloor:0}): the interval's limits are unreliable; run more iterations or more chains");
        }
    }

    private static List<string> DataWarnings(CaptureTable table)
    {
        var warnings = new List<string>();
        var k = table.ListCount;
        for (var j = 0; j < k; j++)
        {
            var alone = table.OverlapTotal(1 << j);
            if (alone == 0)
            {
                warnings.Add($"list {table.Lists[j]} holds nobody: it carries no information and is treated as empty");
                continue;
            }

            var overlapsAny = Enumerable.Range(0, k).Any(i => i != j && table.OverlapTotal((1 << i) | (1 << j)) > 0);
            if (!overlapsAny)
            {
                warnings.Add($"list {table.Lists[j]} overlaps with no other list: the estimate leans entirely on the model's assumptions for it");
            }
        }

        if (table.Observed is > 0 and < 50)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"only {table.Observed} persons observed: the estimate is very uncertain"));
        }

        return warnings;
    }
}
