namespace Zicht.Statistics.Lcmcr;

/// <summary>
/// Whether Markov chains have mixed: the split potential scale reduction factor R̂ and the effective sample size, as in
/// Gelman et al., Bayesian Data Analysis (3rd ed., 2013), §11.4–11.5, the definitions Stan and R's rstan report. Each chain
/// is split in halves, so a single chain that drifts is caught too.
/// </summary>
public sealed record ChainDiagnostics(double RHat, double EffectiveSamples, int Chains, int Samples)
{
    /// <summary>Above this R̂ the chains have not converged (Vehtari et al. 2021 advise 1.01 for final results; 1.05 is the older, common bar).</summary>
    public const double RHatLimit = 1.05;

    /// <summary>Fewer effective draws than this make the tails of a 95% interval unreliable (Vehtari et al. 2021).</summary>
    public const double EffectiveSamplesFloor = 400;

    public static ChainDiagnostics Of(IReadOnlyList<IReadOnlyList<double>> chains)
    {
        ArgumentNullException.ThrowIfNull(chains);
        if (chains.Count == 0 || chains.Any(c => c.Count < 4))
        {
            throw new ArgumentException("Chain diagnostics need at least one chain of at least four draws.", nameof(chains));
        }

        // Split every chain in two halves of equal length (an odd middle draw is dropped, as Stan does).
        var half = chains.Min(c => c.Count) / 2;
        var split = chains.SelectMany(c => new[] { c.Take(half).ToArray(), c.Skip(c.Count - half).ToArray() }).ToArray();
        var m = split.Length;
        var n = half;

        var means = split.Select(s => s.Average()).ToArray();
        var grand = means.Average();
        var within = split.Select((s, j) => s.Sum(x => (x - means[j]) * (x - means[j])) / (n - 1)).Average();
        var between = n * means.Sum(x => (x - grand) * (x - grand)) / (m - 1);
        var varPlus = ((n - 1.0) / n * within) + (between / n);
        var samples = chains.Sum(c => c.Count);

        if (within <= 0)
        {
            // Every half-chain is constant: converged only if they all sit at the same value.
            return between <= 0
                ? new ChainDiagnostics(1, samples, chains.Count, samples)
                : new ChainDiagnostics(double.PositiveInfinity, 1, chains.Count, samples);
        }

        var rHat = Math.Sqrt(varPlus / within);
        return new ChainDiagnostics(rHat, EffectiveSize(split, n, varPlus), chains.Count, samples);
    }

    /// <summary>
    /// BDA3 (11.7)–(11.8): autocorrelations from the variogram over all chains, summed up to the lag where the next pair of them
    /// turns negative (Geyer's initial positive sequence); never more than the number of draws.
    /// </summary>
    private static double EffectiveSize(double[][] split, int n, double varPlus)
    {
        var m = split.Length;
        double Rho(int t)
        {
            var v = 0.0;
            foreach (var s in split)
            {
                for (var i = t; i < n; i++)
                {
                    var d = s[i] - s[i - t];
                    v += d * d;
                }
            }

            return 1 - (v / (m * (n - t)) / (2 * varPlus));
        }

        // T is the first odd lag at which the next pair, ρ(T+1) + ρ(T+2), turns negative.
        var sum = Rho(1);
        for (var t = 2; t + 1 < n; t += 2)
        {
            var pair = Rho(t) + Rho(t + 1);
            if (pair < 0)
            {
                break;
            }

            sum += pair;
        }

        return Math.Min(m * n, m * n / (1 + (2 * sum)));
    }
}
