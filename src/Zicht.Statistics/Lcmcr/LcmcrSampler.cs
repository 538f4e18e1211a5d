using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;
using Zicht.Statistics.Mse;

namespace Zicht.Statistics.Lcmcr;

/// <summary>
/// Bayesian non-parametric latent-class capture–recapture (Manrique-Vallier 2016, the LCMCR package): persons fall in latent
/// classes with independent list-capture probabilities; the class weights follow a truncated stick-breaking Dirichlet process.
/// Gibbs sampling over classes of observed persons, the hidden count (negative binomial under the 1/N prior) and its classes,
/// capture probabilities, weights and concentration.
/// </summary>
public static class LcmcrSampler
{
    public static LcmcrResult Run(CaptureTable table, LcmcrOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= new LcmcrOptions();
        options.Validate();
        if (table.Observed < 1)
        {
            throw new ArgumentException("LCMCR needs at least one observed person.", nameof(table));
        }

        var chains = new List<double>[options.Chains];
        Parallel.For(0, options.Chains, new ParallelOptions { CancellationToken = cancellationToken }, c =>
            chains[c] = RunChain(table, options, options.Seed + c, cancellationToken));
        var samples = chains.SelectMany(c => c).ToList();
        var sorted = samples.OrderBy(s => s).ToArray();
        var tail = (1 - options.Level) / 2;
        var interval = new Interval(sorted.Quantile(tail), sorted.Quantile(1 - tail), options.Level, IntervalMethod.Credible);
        return new LcmcrResult(table.Observed, sorted.Median(), interval, samples, ChainDiagnostics.Of(chains));
    }

    private static List<double> RunChain(CaptureTable table, LcmcrOptions options, int seed, CancellationToken cancellationToken)
    {
        var rng = new Random(seed);
        var lists = table.ListCount;
        var classes = options.MaxClasses;
        var patterns = Enumerable.Range(1, table.PatternCount).Where(m => table[m] > 0).ToArray();
        var patternCounts = patterns.Select(m => (int)Math.Round(table[m])).ToArray();
        var n = patternCounts.Sum();

        var lambda = new double[classes, lists];
        for (var k = 0; k < classes; k++)
        {
            for (var j = 0; j < lists; j++)
            {
                lambda[k, j] = Beta.Sample(rng, 1, 1);
            }
        }

        var alpha = 1.0;
        var pi = StickBreaking(rng, new int[classes], alpha, out _);
        var classCount = new int[classes];
        var onList = new int[classes, lists];
        var probs = new double[classes];
        var emptyProb = new double[classes];
        var samples = new List<double>(options.Iterations / options.Thinning);
        var total = options.BurnIn + options.Iterations;
        for (var iteration = 0; iteration < total; iteration++)
        {
            if ((iteration & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Array.Clear(classCount);
            Array.Clear(onList);

            // 1. Classes of the observed persons, a multinomial draw per pattern.
            for (var p = 0; p < patterns.Length; p++)
            {
                var m = patterns[p];
                for (var k = 0; k < classes; k++)
                {
                    var w = pi[k];
                    for (var j = 0; j < lists; j++)
                    {
                        w *= ((m >> j) & 1) == 1 ? lambda[k, j] : 1 - lambda[k, j];
                    }

                    probs[k] = w;
                }

                var left = patternCounts[p];
                var mass = probs.Sum();
                for (var k = 0; k < classes && left > 0; k++)
                {
                    var draw = k == classes - 1 || mass <= 0 ? left : DrawBinomial(rng, probs[k] / mass, left);
                    mass -= probs[k];
                    left -= draw;
                    if (draw == 0)
                    {
                        continue;
                    }

                    classCount[k] += draw;
                    for (var j = 0; j < lists; j++)
                    {
                        if (((m >> j) & 1) == 1)
                        {
                            onList[k, j] += draw;
                        }
                    }
                }
            }

            // 2. The hidden count: n0 | rest ~ NegBin(n, 1 − p0), drawn as a gamma–Poisson mixture.
            var p0 = 0.0;
            for (var k = 0; k < classes; k++)
            {
                var w = pi[k];
                for (var j = 0; j < lists; j++)
                {
                    w *= 1 - lambda[k, j];
                }

                emptyProb[k] = w;
                p0 += w;
            }

            p0 = Math.Clamp(p0, 1e-300, 1 - 1e-12);
            var rate = (1 - p0) / p0;
            var n0 = (int)Math.Min(int.MaxValue / 4, Poisson.Sample(rng, Gamma.Sample(rng, n, rate)));

            // 3. Classes of the hidden persons.
            var leftHidden = n0;
            var hiddenMass = p0;
            for (var k = 0; k < classes && leftHidden > 0; k++)
            {
                var draw = k == classes - 1 || hiddenMass <= 0 ? leftHidden : DrawBinomial(rng, emptyProb[k] / hiddenMass, leftHidden);
                hiddenMass -= emptyProb[k];
                leftHidden -= draw;
                classCount[k] += draw;
            }

            // 4. Capture probabilities.
            for (var k = 0; k < classes; k++)
            {
                for (var j = 0; j < lists; j++)
                {
                    lambda[k, j] = Beta.Sample(rng, 1 + onList[k, j], 1 + classCount[k] - onList[k, j]);
                }
            }

            // 5–6. Weights and concentration.
            pi = StickBreaking(rng, classCount, alpha, out var logLastRemainder);
            alpha = Gamma.Sample(rng, options.AlphaShape + classes - 1, options.AlphaRate - logLastRemainder);

            if (iteration >= options.BurnIn && (iteration - options.BurnIn + 1) % options.Thinning == 0)
            {
                samples.Add(n + n0);
            }
        }

        return samples;
    }

    private static double[] StickBreaking(Random rng, int[] counts, double alpha, out double logRemainder)
    {
        var k = counts.Length;
        var pi = new double[k];
        var after = new int[k];
        for (var i = k - 2; i >= 0; i--)
        {
            after[i] = after[i + 1] + counts[i + 1];
        }

        var remainder = 1.0;
        logRemainder = 0;
        for (var i = 0; i < k - 1; i++)
        {
            var v = Beta.Sample(rng, 1 + counts[i], alpha + after[i]);
            v = Math.Min(v, 1 - 1e-12);
            pi[i] = remainder * v;
            remainder *= 1 - v;
            logRemainder += Math.Log(1 - v);
        }

        pi[k - 1] = remainder;
        return pi;
    }

    private static int DrawBinomial(Random rng, double p, int trials)
    {
        if (p <= 0)
        {
            return 0;
        }

        return Sampling.Binomial(rng, p, trials);
    }
}
