namespace Zicht.Statistics.LogLinear;

/// <summary>A fitted Poisson log-linear model: coefficients with their covariance, fitted means and fit statistics.</summary>
public sealed record PoissonFit(
    IReadOnlyList<double> Coefficients,
    double[,] Covariance,
    IReadOnlyList<double> Fitted,
    double Deviance,
    double LogLikelihood,
    int Parameters,
    int Iterations,
    bool Converged)
{
    /// <summary>Akaike's criterion as R's glm reports it: −2 log L + 2p, with the full Poisson likelihood.</summary>
    public double Aic => -2 * LogLikelihood + 2 * Parameters;

    /// <summary>Standard error of coefficient <paramref name="index"/>.</summary>
    public double StandardError(int index) => Math.Sqrt(Covariance[index, index]);
}
