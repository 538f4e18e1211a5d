namespace Zicht.Linkage.Model;

/// <summary>
/// EM for the two-class Fellegi–Sunter mixture over counted level patterns (Winkler 1988): m, u and the match share
/// are estimated, u starting from the random-pair estimate; only the comparisons marked active take part. u is
/// estimated here too because non-matches inside a block are not like random pairs (namesakes share an origin);
/// held fixed, it pushes them into the match class. Only m is kept: scoring uses the random-pair u.
/// </summary>
internal static class ExpectationMaximisation
{
    private const double Smoothing = 1e-4;

    public static (double[][] M, double Lambda, int Iterations, double[][] U) Run(
        IReadOnlyList<(ulong Pattern, long Count)> patterns,
        double[][] u,
        bool[] active,
        int maxIterations = 300,
        double tolerance = 1e-6)
    {
        var c = u.Length;
        var m = new double[c][];
        u = [.. u.Select(x => (double[])x.Clone())];
        for (var i = 0; i < c; i++)
        {
            m[i] = Initial(u[i].Length);
        }

        var uNumerator = new double[c][];
        for (var i = 0; i < c; i++)
        {
            uNumerator[i] = new double[u[i].Length];
        }

        var lambda = 0.1;
        var total = patterns.Sum(p => (double)p.Count);
        var iterations = 0;
        var logBf = new double[c][];
        var numerator = new double[c][];
        for (var i = 0; i < c; i++)
        {
            logBf[i] = new double[u[i].Length];
            numerator[i] = new double[u[i].Length];
        }

        for (; iterations < maxIterations; iterations++)
        {
            for (var i = 0; i < c; i++)
            {
                for (var k = 1; k < u[i].Length; k++)
                {
                    logBf[i][k] = Math.Log(m[i][k] / u[i][k]);
                }

                Array.Clear(numerator[i]);
                Array.Clear(uNumerator[i]);
            }

            var prior = Math.Log(lambda / (1 - lambda));
            double matches = 0;
            foreach (var (pattern, count) in patterns)
            {
                var s = prior;
                for (var i = 0; i < c; i++)
                {
                    var level = LevelPattern.Level(pattern, i);
                    if (active[i] && level > 0)
                    {
                        s += logBf[i][level];
                    }
                }

                var post = s > 0 ? 1 / (1 + Math.Exp(-s)) : Math.Exp(s) / (1 + Math.Exp(s));
                var weight = post * count;
                matches += weight;
                for (var i = 0; i < c; i++)
                {
                    var level = LevelPattern.Level(pattern, i);
                    if (level > 0)
                    {
                        numerator[i][level] += weight;
                        uNumerator[i][level] += count - weight;
                    }
                }
            }

            var change = 0.0;
            for (var i = 0; i < c; i++)
            {
                if (!active[i])
                {
                    continue;
                }

                var sum = 0.0;
                for (var k = 1; k < u[i].Length; k++)
                {
                    sum += numerator[i][k] + Smoothing;
                }

                var uSum = 0.0;
                for (var k = 1; k < u[i].Length; k++)
                {
                    uSum += uNumerator[i][k] + Smoothing;
                }

                for (var k = 1; k < u[i].Length; k++)
                {
                    var next = (numerator[i][k] + Smoothing) / sum;
                    change = Math.Max(change, Math.Abs(next - m[i][k]));
                    m[i][k] = next;
                    u[i][k] = (uNumerator[i][k] + Smoothing) / uSum;
                }
            }

            var nextLambda = Math.Clamp(matches / total, 1e-9, 1 - 1e-9);
            change = Math.Max(change, Math.Abs(nextLambda - lambda));
            lambda = nextLambda;
            if (change < tolerance)
            {
                iterations++;
                break;
            }
        }

        return (m, lambda, iterations, u);
    }

    /// <summary>Matches mostly agree: most mass on the first level, falling off towards "different".</summary>
    private static double[] Initial(int length)
    {
        var m = new double[length];
        var rest = 0.0;
        for (var k = 2; k < length; k++)
        {
            m[k] = Math.Pow(0.5, k);
            rest += m[k];
        }

        m[1] = 0.8;
        for (var k = 2; k < length; k++)
        {
            m[k] = 0.2 * m[k] / rest;
        }

        if (length == 2)
        {
            m[1] = 1;
        }

        return m;
    }
}
