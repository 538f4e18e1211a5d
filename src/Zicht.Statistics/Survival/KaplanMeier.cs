using MathNet.Numerics.Distributions;

namespace Zicht.Statistics.Survival;

/// <summary>
/// The Kaplan–Meier estimator with Greenwood's variance and confidence intervals on the log (default), log-log or plain
/// scale, following R's survfit: ties and censoring as in the counting-process form, delayed entry by (entry, exit] risk sets.
/// Any status above 0 counts as the event here; use <see cref="AalenJohansen"/> to keep competing causes apart.
/// </summary>
public static class KaplanMeier
{
    public static SurvivalCurve Fit(SurvivalData data, ConfidenceType confidenceType = ConfidenceType.Log, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (level is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1.");
        }

        var z = Normal.InvCDF(0, 1, 0.5 + level / 2);
        var risk = RiskSetTable.Build(data);
        var rows = new SurvivalRow[risk.Times.Length];
        var s = 1.0;
        var greenwood = 0.0;
        var totalEvents = 0;
        for (var t = 0; t < rows.Length; t++)
        {
            var n = risk.AtRisk[t];
            var d = risk.AllEvents(t);
            totalEvents += d;
            if (d > 0)
            {
                s *= 1 - (double)d / n;
                greenwood = n == d ? double.PositiveInfinity : greenwood + (double)d / ((double)n * (n - d));
            }

            var sigma = Math.Sqrt(greenwood);
            var (lower, upper) = Limits(s, sigma, z, confidenceType);
            rows[t] = new SurvivalRow(risk.Times[t], n, d, risk.Censored[t], s, s > 0 ? s * sigma : double.NaN, lower, upper);
        }

        return new SurvivalCurve(rows, data.Count, totalEvents, level, confidenceType);
    }

    /// <summary>Confidence limits for S given σ = se(log S), as R's survfit (NaN where R gives NA).</summary>
    internal static (double Lower, double Upper) Limits(double s, double sigma, double z, ConfidenceType type)
    {
        if (s <= 0 || double.IsInfinity(sigma) || double.IsNaN(sigma))
        {
            return (double.NaN, double.NaN);
        }

        switch (type)
        {
            case ConfidenceType.Log:
                return (Math.Exp(Math.Log(s) - z * sigma), Math.Min(1, Math.Exp(Math.Log(s) + z * sigma)));
            case ConfidenceType.LogLog:
                if (s >= 1)
                {
                    return (double.NaN, double.NaN);
                }

                var ll = Math.Log(-Math.Log(s));
                var shift = z * sigma / Math.Log(s);
                return (Math.Exp(-Math.Exp(ll - shift)), Math.Exp(-Math.Exp(ll + shift)));
            default:
                return (Math.Max(0, s - z * s * sigma), Math.Min(1, s + z * s * sigma));
        }
    }
}
