using System.Collections.Concurrent;
using Zicht.Linkage.Blocking;
using Zicht.Linkage.Data;
using Zicht.Linkage.Settings;

namespace Zicht.Linkage.Model;

/// <summary>
/// Estimates the model without labels: u from random pairs (nearly all non-matches), m by EM on each blocking rule's
/// candidate pairs using only the comparisons that rule does not read (a rule that blocks on the surname makes
/// surname agreement certain and so says nothing about its m), then refined with one m shared by all rules. The prior λ is set later, from
/// all candidate pairs (<see cref="PriorEstimator"/>).
/// </summary>
internal static class ModelTrainer
{
    private const double MinimumM = 0.002;

    public static (LinkageModel Model, TrainingReport Report) Train(LinkageDataset data, CandidateBlocks blocks, CancellationToken ct)
    {
        var settings = data.Settings;
        var columns = data.Comparisons;
        var (u, randomPairs) = EstimateU(data, ct);
        var warnings = new List<string>();
        var mSum = columns.Select(c => new double[c.LevelCount + 1]).ToArray();
        var mWeight = new double[columns.Length];
        var uSum = columns.Select(c => new double[c.LevelCount + 1]).ToArray();
        var uWeight = new double[columns.Length];
        var rules = new List<RuleEstimate>();

        // A record-level filter (~clk) holds every field, so every rule biases it.
        var allFields = data.Columns.Select(EncodedColumns.FieldOf).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var fieldsOfComparison = data.ComparisonReads
            .Select(reads => reads.Any(r => data.Columns[r] == EncodedColumns.RecordLevel)
                ? allFields
                : reads.Select(r => EncodedColumns.FieldOf(data.Columns[r])).ToHashSet(StringComparer.OrdinalIgnoreCase))
            .ToArray();
        var runs = new List<(int Rule, bool[] Active, List<(ulong, long)> Patterns)>();
        for (var r = 0; r < data.Keys.Length; r++)
        {
            ct.ThrowIfCancellationRequested();
            var ruleFields = data.Keys[r].Columns.Select(col => EncodedColumns.FieldOf(data.Columns[col])).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var active = fieldsOfComparison.Select(f => !f.Overlaps(ruleFields)).ToArray();
            var patterns = SamplePatterns(data, blocks, r, settings.EmPairsPerRule, settings.Seed + r);
            runs.Add((r, active, patterns));
        }

        var forced = new bool[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            if (!runs.Any(run => run.Active[c]))
            {
                forced[c] = true;
                warnings.Add($"every blocking rule reads the field of comparison '{columns[c].Settings.Name}'; its m probabilities are estimated on biased pairs. Add a rule that does not use it.");
                foreach (var run in runs)
                {
                    run.Active[c] = true;
                }
            }
        }

        var fits = new List<ExpectationMaximisation.RuleFit>();
        foreach (var (r, active, patterns) in runs)
        {
            var pairs = patterns.Sum(p => p.Item2);
            if (pairs == 0)
            {
                warnings.Add($"blocking rule {r + 1} ({settings.Blocking[r]}) found no candidate pairs.");
                continue;
            }

            var (m, lambda, iterations, blockU) = ExpectationMaximisation.Run(patterns, u, active);
            fits.Add(new ExpectationMaximisation.RuleFit(r, patterns, active, m, blockU, lambda, iterations));
        }

        // Each rule alone may settle on a poor split when little is left to compare (a rule on first-name sound and
        // surname initial leaves sex and nationality, which separate origins rather than persons). One m shared by
        // all rules, each with its own match share and in-block u, lets the rules with telling comparisons anchor it.
        var fitsOf = new int[columns.Length];
        foreach (var fit in ExpectationMaximisation.Joint(fits, [.. columns.Select(c => c.LevelCount + 1)]))
        {
            var pairs = fit.Patterns.Sum(p => p.Count);
            var expectedMatches = fit.Lambda * pairs;
            for (var c = 0; c < columns.Length; c++)
            {
                if (!fit.Active[c])
                {
                    continue;
                }

                for (var k = 1; k <= columns[c].LevelCount; k++)
                {
                    mSum[c][k] += fit.M[c][k] * expectedMatches;
                    uSum[c][k] += fit.U[c][k] * (pairs - expectedMatches);
                }

                mWeight[c] += expectedMatches;
                uWeight[c] += pairs - expectedMatches;
                fitsOf[c]++;
            }

            rules.Add(new RuleEstimate(settings.Blocking[fit.Rule].ToString(), pairs, fit.Iterations, fit.Lambda,
                [.. columns.Where((_, c) => fit.Active[c]).Select(x => x.Settings.Name)]));
        }

        var parameters = new ComparisonParameters[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            var levels = columns[c].LevelCount;
            var m = new double[levels];
            for (var k = 1; k <= levels; k++)
            {
                // One pseudo-match per level in each rule's estimate (Laplace): a small register, with a few dozen
                // matches to learn from, does not conclude that a level it has not met yet (two municipalities, two
                // nationality codes) never happens to a match; a large one hardly notices.
                m[k - 1] = fitsOf[c] > 0 ? (mSum[c][k] + fitsOf[c]) / (mWeight[c] + (fitsOf[c] * levels)) : 1.0 / levels;
            }

            // No level is impossible for a true match: a floor keeps one odd value (a wrong sex code) from vetoing a pair.
            for (var k = 0; k < levels; k++)
            {
                m[k] = Math.Max(m[k], MinimumM);
            }

            var sum = m.Sum();
            for (var k = 0; k < levels; k++)
            {
                m[k] /= sum;
            }

            if (mWeight[c] <= 0)
            {
                warnings.Add($"no pairs to estimate the m probabilities of '{columns[c].Settings.Name}'; they are flat.");
            }

            // Without term frequencies, u is that of non-matches among candidate pairs as EM saw them: people who
            // share a household agree on the postcode far more often than random pairs do.
            var uFinal = !columns[c].Settings.TermFrequency && !forced[c] && uWeight[c] > 0
                ? [.. Enumerable.Range(1, levels).Select(k => Math.Max(uSum[c][k] / uWeight[c], u[c][k]))]
                : u[c][1..];
            parameters[c] = new ComparisonParameters(columns[c].Settings.Name, columns[c].Labels[1..], m, uFinal);
        }

        var model = new LinkageModel(settings, parameters, Lambda: 1e-6);
        return (model, new TrainingReport(randomPairs, rules, warnings));
    }

    /// <summary>
    /// u with the true matches among the random pairs taken out: u' = (u − λ·m) / (1 − λ), kept above half a count.
    /// </summary>
    public static LinkageModel WithoutMatchesInU(LinkageModel model, double lambda, long randomPairs)
    {
        var floor = 0.5 / Math.Max(1, randomPairs);
        var comparisons = model.Comparisons.Select(c =>
        {
            var u = c.U.Select((x, k) => Math.Max(floor, (x - (lambda * c.M[k])) / (1 - lambda))).ToArray();
            var sum = u.Sum();
            return c with { U = [.. u.Select(x => x / sum)] };
        });
        return model with { Comparisons = [.. comparisons] };
    }

    /// <summary>Level shares among random pairs; a half count is added to each level so no u is zero.</summary>
    private static (double[][] U, long Pairs) EstimateU(LinkageDataset data, CancellationToken ct)
    {
        var columns = data.Comparisons;
        var left = Enumerable.Range(0, data.Count).Where(i => data.Source(i) == 0).ToArray();
        var right = data.IsLinking ? Enumerable.Range(0, data.Count).Where(i => data.Source(i) == 1).ToArray() : left;
        var possible = data.IsLinking ? (double)left.Length * right.Length : (double)left.Length * (left.Length - 1) / 2;
        var samples = (long)Math.Min(data.Settings.RandomPairs, possible);
        const int chunks = 16;
        var counts = new ConcurrentBag<long[][]>();
        Parallel.For(0, chunks, new ParallelOptions { CancellationToken = ct }, chunk =>
        {
            var random = new Random(data.Settings.Seed + 7919 + chunk);
            var local = columns.Select(c => new long[c.LevelCount + 1]).ToArray();
            var n = (samples / chunks) + (chunk < samples % chunks ? 1 : 0);
            for (long s = 0; s < n; s++)
            {
                int a, b;
                if (data.IsLinking)
                {
                    a = left[random.Next(left.Length)];
                    b = right[random.Next(right.Length)];
                }
                else
                {
                    a = left[random.Next(left.Length)];
                    b = left[random.Next(left.Length - 1)];
                    if (b == a)
                    {
                        b = left[^1];
                    }
                }

                for (var c = 0; c < columns.Length; c++)
                {
                    local[c][columns[c].Level(a, b)]++;
                }
            }

            counts.Add(local);
        });

        var u = new double[columns.Length][];
        for (var c = 0; c < columns.Length; c++)
        {
            var levels = columns[c].LevelCount;
            var total = new long[levels + 1];
            foreach (var local in counts)
            {
                for (var k = 0; k <= levels; k++)
                {
                    total[k] += local[c][k];
                }
            }

            var nonMissing = total.Skip(1).Sum() + (0.5 * levels);
            u[c] = new double[levels + 1];
            for (var k = 1; k <= levels; k++)
            {
                u[c][k] = (total[k] + 0.5) / nonMissing;
            }
        }

        return (u, samples);
    }

    /// <summary>Level patterns of the pairs in a seeded random selection of the rule's blocks, up to about <paramref name="limit"/> pairs.</summary>
    private static List<(ulong, long)> SamplePatterns(LinkageDataset data, CandidateBlocks blocks, int rule, int limit, int seed)
    {
        var ruleBlocks = blocks.Blocks.Where(b => b.Rule == rule).ToArray();
        new Random(seed).Shuffle(ruleBlocks);
        var chosen = new List<Block>();
        long pairs = 0;
        foreach (var b in ruleBlocks)
        {
            if (pairs >= limit)
            {
                break;
            }

            chosen.Add(b);
            pairs += b.Pairs;
        }

        var merged = new Dictionary<ulong, long>();
        var gate = new object();
        var columns = data.Comparisons;
        var order = blocks.Order[rule];
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, chosen.Count, Math.Max(1, chosen.Count / 64)),
            () => new Dictionary<ulong, long>(),
            (range, _, local) =>
            {
                Span<byte> levels = stackalloc byte[columns.Length];
                for (var bi = range.Item1; bi < range.Item2; bi++)
                {
                    var block = chosen[bi];
                    for (var i = block.Start; i < block.Start + block.Length; i++)
                    {
                        var a = order[i];
                        for (var j = i + 1; j < block.Start + block.Length; j++)
                        {
                            var b = order[j];
                            if (blocks.Linking && blocks.Sources[a] == blocks.Sources[b])
                            {
                                continue;
                            }

                            for (var c = 0; c < columns.Length; c++)
                            {
                                levels[c] = (byte)columns[c].Level(a, b);
                            }

                            var p = LevelPattern.Pack(levels);
                            local[p] = local.GetValueOrDefault(p) + 1;
                        }
                    }
                }

                return local;
            },
            local =>
            {
                lock (gate)
                {
                    foreach (var (p, n) in local)
                    {
                        merged[p] = merged.GetValueOrDefault(p) + n;
                    }
                }
            });

        return [.. merged.Select(kv => (kv.Key, kv.Value))];
    }
}
