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

    /// <summary>One blocking rule's EM: its level patterns, which comparisons it leaves free, and its m, in-block u and match share.</summary>
    public sealed record RuleFit(int Rule, IReadOnlyList<(ulong Pattern, long Count)> Patterns, bool[] Active, double[][] M, double[][] U, double Lambda, int Iterations);

    /// <summary>
    /// EM over all rules at once with one m per comparison level, shared by the rules that leave the comparison
    /// free, and per rule its own match share and in-block u. Starts from the rules' own fits (m averaged, weighted
    /// by expected matches). Returns the fits with the shared m.
    /// </summary>
    public static List<RuleFit> Joint(IReadOnlyList<RuleFit> fits, int[] levels, int maxIterations = 100, double tolerance = 1e-6)
    {
        if (fits.Count == 0)
        {
            return [];
        }

        var c = levels.Length;
        var m = new double[c][];
        for (var i = 0; i < c; i++)
        {
            m[i] = new double[levels[i]];
            var weight = 0.0;
            foreach (var f in fits.Where(f => f.Active[i]))
            {
                var matches = f.Lambda * f.Patterns.Sum(p => p.Count);
                weight += matches;
                for (var k = 1; k < levels[i]; k++)
                {
                    m[i][k] += f.M[i][k] * matches;
                }
            }

            for (var k = 1; k < levels[i]; k++)
            {
                m[i][k] = weight > 0 ? m[i][k] / weight : 1.0 / (levels[i] - 1);
            }
        }

        var lambdas = fits.Select(f => f.Lambda).ToArray();
        var us = fits.Select(f => f.U.Select(x => (double[])x.Clone()).ToArray()).ToArray();
        var iterations = 0;
        for (; iterations < maxIterations; iterations++)
        {
            var mNumerator = levels.Select(l => new double[l]).ToArray();
            var change = 0.0;
            for (var r = 0; r < fits.Count; r++)
            {
                var fit = fits[r];
                var u = us[r];
                var logBf = new double[c][];
                for (var i = 0; i < c; i++)
                {
                    logBf[i] = new double[levels[i]];
                    for (var k = 1; k < levels[i]; k++)
                    {
                        logBf[i][k] = Math.Log(m[i][k] / u[i][k]);
                    }
                }

                var uNumerator = levels.Select(l => new double[l]).ToArray();
                var prior = Math.Log(lambdas[r] / (1 - lambdas[r]));
                double matches = 0, total = 0;
                foreach (var (pattern, count) in fit.Patterns)
                {
                    var s = prior;
                    for (var i = 0; i < c; i++)
                    {
                        var level = LevelPattern.Level(pattern, i);
                        if (fit.Active[i] && level > 0)
                        {
                            s += logBf[i][level];
                        }
                    }

                    var post = s > 0 ? 1 / (1 + Math.Exp(-s)) : Math.Exp(s) / (1 + Math.Exp(s));
                    var weight = post * count;
                    matches += weight;
                    total += count;
                    for (var i = 0; i < c; i++)
                    {
                        var level = LevelPattern.Level(pattern, i);
                        if (fit.Active[i] && level > 0)
                        {
                            mNumerator[i][level] += weight;
                            uNumerator[i][level] += count - weight;
                        }
                    }
                }

                for (var i = 0; i < c; i++)
                {
                    if (!fit.Active[i])
                    {
                        continue;
                    }

                    var uSum = uNumerator[i].Skip(1).Sum() + (Smoothing * (levels[i] - 1));
                    for (var k = 1; k < levels[i]; k++)
                    {
                        u[i][k] = (uNumerator[i][k] + Smoothing) / uSum;
                    }
                }

                var nextLambda = Math.Clamp(matches / Math.Max(1, total), 1e-9, 1 - 1e-9);
                change = Math.Max(change, Math.Abs(nextLambda - lambdas[r]));
                lambdas[r] = nextLambda;
            }

            for (var i = 0; i < c; i++)
            {
                var sum = mNumerator[i].Skip(1).Sum() + (Smoothing * (levels[i] - 1));
                if (mNumerator[i].Skip(1).Sum() <= 0)
                {
                    continue;
                }

                for (var k = 1; k < levels[i]; k++)
                {
                    var next = (mNumerator[i][k] + Smoothing) / sum;
                    change = Math.Max(change, Math.Abs(next - m[i][k]));
                    m[i][k] = next;
                }
            }

            if (change < tolerance)
            {
                iterations++;
                break;
            }
        }

        return [.. fits.Select((f, r) => f with { M = [.. m.Select(x => (double[])x.Clone())], U = us[r], Lambda = lambdas[r], Iterations = f.Iterations + iterations })];
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
