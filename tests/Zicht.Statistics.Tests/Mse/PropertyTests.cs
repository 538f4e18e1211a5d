using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Zicht.Statistics.Mse;

namespace Zicht.Statistics.Tests.Mse;

public sealed class PropertyTests
{
    private static CaptureTable ThreeLists(int[] raw)
    {
        var counts = new double[8];
        for (var m = 1; m < 8; m++)
        {
            counts[m] = Math.Abs(raw[m % raw.Length]) % 60;
        }

        return new CaptureTable(["A", "B", "C"], counts);
    }

    [Property(MaxTest = 150)]
    public Property Estimate_never_falls_below_observed_total(NonEmptyArray<int> raw)
    {
        var table = ThreeLists(raw.Get);
        var result = MseEstimator.Estimate(table, new MseOptions { Interval = IntervalKind.Wald });
        return (result.Estimate is null || (result.Estimate >= table.Observed && result.Interval!.Lower >= table.Observed && result.Interval.Upper >= result.Estimate))
            .ToProperty();
    }

    [Property(MaxTest = 60)]
    public Property Profile_interval_never_falls_below_observed_total(NonEmptyArray<int> raw)
    {
        var table = ThreeLists(raw.Get);
        var fit = ModelFitter.Fit(table, []);
        if (!fit.IsUsable)
        {
            return true.ToProperty();
        }

        var (ci, _) = ProfileLikelihoodInterval.Compute(fit);
        return (ci.Lower >= table.Observed - 1e-6 && ci.Upper >= ci.Lower).ToProperty();
    }

    [Property(MaxTest = 100)]
    public Property A_usable_fit_always_has_finite_numbers(NonEmptyArray<int> raw)
    {
        var fit = StepwiseSelection.Select(ThreeLists(raw.Get));
        return (!fit.IsUsable || (double.IsFinite(fit.Hidden) && double.IsFinite(fit.Deviance) && double.IsFinite(fit.LogHiddenStandardError))).ToProperty();
    }
}
