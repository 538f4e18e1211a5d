using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using Zicht.Statistics.LogLinear;

namespace Zicht.Statistics.Mse;

/// <summary>
/// The multinomial profile-likelihood interval for the total N (Cormack 1992), as Rcapture's closedpCI: for each N the
/// model is refitted with the hidden cell set to N − n, and the interval holds every N whose profile log-likelihood is
/// within χ²₁(level)/2 of the maximum.
/// </summary>
public static class ProfileLikelihoodInterval
{
    /// <summary>The interval and the multinomial maximum-likelihood N (slightly below the Poisson estimate).</summary>
    public static (Interval Interval, double MultinomialEstimate) Compute(MseFit fit, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(fit);
        WaldInterval.EnsureUsable(fit);
        var n = fit.Observed;
        var cells = fit.Cells.Count;
        var p = fit.Design.GetLength(1);
        var design = new double[cells + 1, p];
        for (var i = 0; i < cells; i++)
        {
            for (var j = 0; j < p; j++)
            {
                design[i, j] = fit.Design[i, j];
            }
        }

        // The hidden cell is on no list: only the intercept.
        design[cells, 0] = 1;
        var y = new double[cells + 1];
        for (var i = 0; i < cells; i++)
        {
            y[i] = fit.Table[fit.Cells[i]];
        }

        // Successive N are close, so each refit starts from the previous coefficients.
        IReadOnlyList<double>? previous = null;
        double LogLik(double total)
        {
            var n0 = Math.Max(total - n, 0);
            y[cells] = n0;
            var refit = PoissonRegression.Fit(design, y, start: previous);
            if (!refit.Converged)
            {
                refit = PoissonRegression.Fit(design, y);
            }

            previous = refit.Coefficients.All(double.IsFinite) ? refit.Coefficients : null;
            // Multinomial minus Poisson log-likelihood: log N! − N log N + n0 log n0 − log n0! (exact, where Rcapture uses Stirling).
            var correction = SpecialFunctions.GammaLn(total + 1) - (total > 0 ? total * Math.Log(total) : 0)
                + (n0 > 0 ? n0 * Math.Log(n0) : 0) - SpecialFunctions.GammaLn(n0 + 1);
            return -refit.Deviance / 2 + correction;
        }

        var poissonTotal = fit.Total;
        var (nMax, lMax) = GoldenMaximum(LogLik, n, 3 * poissonTotal);
        var target = lMax - ChiSquared.InvCDF(1, level) / 2;
        double Gap(double total) => LogLik(total) - target;

        var lower = Gap(n) >= 0 ? n : Bisect(Gap, n, nMax);
        var upper = double.PositiveInfinity;
        var hi = 3 * poissonTotal;
        for (var expand = 0; expand < 8; expand++)
        {
            if (Gap(hi) < 0)
            {
                upper = Bisect(Gap, nMax, hi);
                break;
            }

            hi *= 4;
        }

        return (new Interval(lower, upper, level, IntervalMethod.Profile), nMax);
    }

    private static (double X, double Value) GoldenMaximum(Func<double, double> f, double a, double b)
    {
        var ratio = (Math.Sqrt(5) - 1) / 2;
        var c = b - ratio * (b - a);
        var d = a + ratio * (b - a);
        var fc = f(c);
        var fd = f(d);
        // The maximum only sets the cut-off, whose error is quadratic in the error of N: a coarse tolerance is exact enough.
        while (b - a > 1e-3 * Math.Max(1, Math.Abs(a)))
        {
            if (fc > fd)
            {
                b = d;
                d = c;
                fd = fc;
                c = b - ratio * (b - a);
                fc = f(c);
            }
            else
            {
                a = c;
                c = d;
                fc = fd;
                d = a + ratio * (b - a);
                fd = f(d);
            }
        }

        var x = (a + b) / 2;
        return (x, f(x));
    }

    // The gap changes sign once between the bounds: Brent's method, with bisection as the fallback should it fail.
    private static double Bisect(Func<double, double> f, double a, double b)
    {
        if (MathNet.Numerics.RootFinding.Brent.TryFindRoot(f, a, b, 1e-8, 200, out var root))
        {
            return root;
        }

        var fa = f(a);
        for (var i = 0; i < 100 && b - a > 1e-7 * Math.Max(1, Math.Abs(b)); i++)
        {
            var m = (a + b) / 2;
            var fm = f(m);
            if (Math.Sign(fm) == Math.Sign(fa))
            {
                a = m;
                fa = fm;
            }
            else
            {
                b = m;
            }
        }

        return (a + b) / 2;
    }
}
