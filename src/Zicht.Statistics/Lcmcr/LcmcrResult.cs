using Zicht.Statistics.Mse;

namespace Zicht.Statistics.Lcmcr;

/// <summary>Posterior of the total population under the latent-class model: median, credible interval and the samples.</summary>
public sealed record LcmcrResult(double Observed, double Median, Interval Interval, IReadOnlyList<double> Samples)
{
    public double Hidden => Median - Observed;
}
