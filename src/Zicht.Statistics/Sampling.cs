using MathNet.Numerics.Distributions;

namespace Zicht.Statistics;

/// <summary>Exact random draws that stay fast for large counts (MathNet's binomial sampler is linear in the trials).</summary>
internal static class Sampling
{
    /// <summary>Binomial(trials, p) by Devroye's order-statistic splitting: O(log trials) beta draws, then inversion.</summary>
    public static int Binomial(Random rng, double p, int trials)
    {
        var result = 0;
        while (trials > 0)
        {
            if (p <= 0)
            {
                return result;
            }

            if (p >= 1)
            {
                return result + trials;
            }

            if (trials < 40)
            {
                for (var i = 0; i < trials; i++)
                {
                    if (rng.NextDouble() < p)
                    {
                        result++;
                    }
                }

                return result;
            }

            // The a-th smallest of `trials` uniforms is Beta(a, trials + 1 − a); split at it.
            var a = (trials / 2) + 1;
            var x = Beta.Sample(rng, a, trials + 1 - a);
            if (p < x)
            {
                trials = a - 1;
                p /= x;
            }
            else
            {
                result += a;
                trials -= a;
                p = (p - x) / (1 - x);
            }
        }

        return result;
    }

    /// <summary>Multinomial counts of <paramref name="trials"/> over unnormalised weights, by successive binomials.</summary>
    public static void Multinomial(Random rng, int trials, ReadOnlySpan<double> weights, Span<int> counts)
    {
        var mass = 0.0;
        foreach (var w in weights)
        {
            mass += w;
        }

        for (var k = 0; k < weights.Length; k++)
        {
            if (trials <= 0)
            {
                counts[k] = 0;
                continue;
            }

            var draw = k == weights.Length - 1 || mass <= 0 ? trials : Binomial(rng, weights[k] / mass, trials);
            counts[k] = draw;
            trials -= draw;
            mass -= weights[k];
        }
    }
}
