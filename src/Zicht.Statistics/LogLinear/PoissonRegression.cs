using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Zicht.Statistics.LogLinear;

/// <summary>Poisson regression with log link by iteratively reweighted least squares, as R's glm(family = poisson).</summary>
public static class PoissonRegression
{
    /// <summary>
    /// Fits log μ = Xβ to counts y. The design must have full column rank (check with <see cref="Rank"/>). A start, for
    /// example the fit to nearby data, saves iterations; without one IRLS starts from R's μ = y + 0.1.
    /// </summary>
    public static PoissonFit Fit(double[,] design, IReadOnlyList<double> y, int maxIterations = 100, double tolerance = 1e-10, IReadOnlyList<double>? start = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(y);
        var n = design.GetLength(0);
        var p = design.GetLength(1);
        if (y.Count != n)
        {
            throw new ArgumentException($"The design has {n} rows but there are {y.Count} counts.", nameof(y));
        }

        var mu = new double[n];
        var eta = new double[n];
        for (var i = 0; i < n; i++)
        {
            if (y[i] < 0 || double.IsNaN(y[i]))
            {
                throw new ArgumentException($"Count {i} is {y[i]}; counts must be zero or more.", nameof(y));
            }

            // R's starting values: mu = y + 0.1.
            mu[i] = y[i] + 0.1;
            eta[i] = Math.Log(mu[i]);
        }

        if (start is not null && start.Count == p)
        {
            for (var i = 0; i < n; i++)
            {
                var e = 0.0;
                for (var a = 0; a < p; a++)
                {
                    e += design[i, a] * start[a];
                }

                eta[i] = e;
                mu[i] = Math.Exp(e);
            }
        }

        var beta = new double[p];
        var deviance = Deviance(y, mu);
        var converged = false;
        var iterations = 0;
        var xtwx = new double[p, p];
        var xtwz = new double[p];
        for (iterations = 1; iterations <= maxIterations; iterations++)
        {
            Array.Clear(xtwx);
            Array.Clear(xtwz);
            for (var i = 0; i < n; i++)
            {
                var w = mu[i];
                var z = eta[i] + (y[i] - mu[i]) / mu[i];
                for (var a = 0; a < p; a++)
                {
                    var xa = design[i, a];
                    if (xa == 0)
                    {
                        continue;
                    }

                    var wxa = w * xa;
                    xtwz[a] += wxa * z;
                    for (var b = 0; b <= a; b++)
                    {
                        xtwx[a, b] += wxa * design[i, b];
                    }
                }
            }

            for (var a = 0; a < p; a++)
            {
                for (var b = a + 1; b < p; b++)
                {
                    xtwx[a, b] = xtwx[b, a];
                }
            }

            var solved = Matrix<double>.Build.DenseOfArray(xtwx).Cholesky().Solve(Vector<double>.Build.Dense(xtwz));
            for (var a = 0; a < p; a++)
            {
                beta[a] = solved[a];
            }
            for (var i = 0; i < n; i++)
            {
                var e = 0.0;
                for (var a = 0; a < p; a++)
                {
                    e += design[i, a] * beta[a];
                }

                eta[i] = e;
                mu[i] = Math.Exp(e);
            }

            var newDeviance = Deviance(y, mu);
            if (double.IsNaN(newDeviance) || double.IsInfinity(newDeviance))
            {
                break;
            }

            if (Math.Abs(newDeviance - deviance) / (Math.Abs(newDeviance) + 0.1) < tolerance)
            {
                deviance = newDeviance;
                converged = true;
                break;
            }

            deviance = newDeviance;
        }

        // Covariance at the final means.
        var info = new double[p, p];
        for (var i = 0; i < n; i++)
        {
            for (var a = 0; a < p; a++)
            {
                var wxa = mu[i] * design[i, a];
                if (wxa == 0)
                {
                    continue;
                }

                for (var b = 0; b < p; b++)
                {
                    info[a, b] += wxa * design[i, b];
                }
            }
        }

        var covariance = Matrix<double>.Build.DenseOfArray(info).Inverse().ToArray();
        var logLik = 0.0;
        for (var i = 0; i < n; i++)
        {
            logLik += (y[i] > 0 ? y[i] * Math.Log(mu[i]) : 0) - mu[i] - SpecialFunctions.GammaLn(y[i] + 1);
        }

        return new PoissonFit(beta, covariance, mu, deviance, logLik, p, Math.Min(iterations, maxIterations), converged);
    }

    /// <summary>The Poisson deviance 2 Σ [y log(y/μ) − (y − μ)].</summary>
    public static double Deviance(IReadOnlyList<double> y, IReadOnlyList<double> mu)
    {
        var d = 0.0;
        for (var i = 0; i < y.Count; i++)
        {
            d += (y[i] > 0 ? y[i] * Math.Log(y[i] / mu[i]) : 0) - (y[i] - mu[i]);
        }

        return 2 * d;
    }

    /// <summary>The numerical column rank of a design matrix.</summary>
    public static int Rank(double[,] design)
    {
        ArgumentNullException.ThrowIfNull(design);
        if (design.GetLength(0) == 0 || design.GetLength(1) == 0)
        {
            return 0;
        }

        return Matrix<double>.Build.DenseOfArray(design).Rank();
    }
}
