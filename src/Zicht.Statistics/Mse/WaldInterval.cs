using MathNet.Numerics.Distributions;

namespace Zicht.Statistics.Mse;

/// <summary>The normal interval on the log of the hidden number: observed + exp(β₀ ± z·se(β₀)), as SparseMSE reports it.</summary>
public static class WaldInterval
{
    public static Interval Compute(MseFit fit, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(fit);
        EnsureUsable(fit);
        var z = Normal.InvCDF(0, 1, 0.5 + level / 2);
        var logHidden = Math.Log(fit.Hidden);
        return new Interval(
            fit.Observed + Math.Exp(logHidden - z * fit.LogHiddenStandardError),
            fit.Observed + Math.Exp(logHidden + z * fit.LogHiddenStandardError),
            level,
            IntervalMethod.Wald);
    }

    internal static void EnsureUsable(MseFit fit)
    {
        if (!fit.IsUsable)
        {
            throw new InvalidOperationException($"No interval for a model without an estimate: {fit.Problem}");
        }
    }
}
