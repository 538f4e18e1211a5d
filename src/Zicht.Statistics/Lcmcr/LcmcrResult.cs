using Zicht.Statistics.Mse;

namespace Zicht.Statistics.Lcmcr;

/// <summary>
/// Posterior of the total population under the latent-class model: median, credible interval, the samples (chain after
/// chain) and whether the chains mixed.
/// </summary>
public sealed record LcmcrResult(double Observed, double Median, Interval Interval, IReadOnlyList<double> Samples, ChainDiagnostics Convergence)
{
    public double Hidden => Median - Observed;
}
