using System.Collections.Concurrent;
using System.Diagnostics;
using Zicht.Linkage.Blocking;
using Zicht.Linkage.Data;
using Zicht.Linkage.Model;

namespace Zicht.Linkage.Scoring;

/// <summary>Runs deduplication (one source) or linking (two sources): blocking, estimation, and scoring block by block on all cores.</summary>
public static class LinkageEngine
{
    /// <summary>Trains a model on <paramref name="data"/> and scores its candidate pairs.</summary>
    public static LinkageResult Run(LinkageDataset data, IProgress<string>? progress = null, CancellationToken ct = default) =>
        Run(data, model: null, progress, ct);

    /// <summary>Scores the candidate pairs of <paramref name="data"/>; with a <paramref name="model"/> it is used as it is, without one a model is trained.</summary>
    public static LinkageResult Run(LinkageDataset data, LinkageModel? model, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Count < 2)
        {
            throw new ArgumentException("linkage needs at least two records.", nameof(data));
        }

        if (data.IsLinking && data.SourceCount(0) == 0)
        {
            throw new ArgumentException("linking needs records in both sources.", nameof(data));
        }

        var clock = Stopwatch.StartNew();
        progress?.Report($"blocking {data.Count:N0} records on {data.Keys.Length} rules");
        var blocks = CandidateBlocks.Build(data);
        var blockingTime = clock.Elapsed;

        TrainingReport report;
        var trained = model is null;
        if (model is null)
        {
            progress?.Report("estimating u from random pairs and m by EM per blocking rule");
            (model, report) = ModelTrainer.Train(data, blocks, ct);
        }
        else
        {
            report = new TrainingReport(0, [], []);
        }

        var trainingTime = clock.Elapsed - blockingTime;
        progress?.Report("scoring candidate pairs");
        var possible = data.IsLinking ? (double)data.SourceCount(0) * data.SourceCount(1) : (double)data.Count * (data.Count - 1) / 2;
        var scorer = new PairScorer(model, data);
        var threshold = model.Settings.Threshold;

        // The prior is not known before the pass when training; keep every pair that could reach the threshold under the largest prior the candidates allow.
        var perRule = CountCandidates(blocks, ct);
        var candidates = perRule.Sum();
        var lambdaBound = trained ? Math.Clamp(Math.Max(1, candidates) / possible, 1e-15, 0.5) : model.Lambda;
        var floor = LinkageModel.WeightFor(threshold) - Math.Log2(lambdaBound / (1 - lambdaBound));

        var (kept, prior) = ScorePass(blocks, scorer, floor, ct);
        if (trained)
        {
            var lambda = prior.Solve(possible);
            if (data.Count <= SmallData)
            {
                // In a small file true matches are a visible share of the random pairs that estimated u, which makes
                // strong agreement look common among non-matches. Take them out and score again.
                var fromRules = report.Rules.Sum(r => r.MatchShare * perRule[IndexOfRule(model.Settings, r.Rule)]) / possible;
                model = ModelTrainer.WithoutMatchesInU(model, Math.Max(lambda, fromRules), report.RandomPairs);
                scorer = new PairScorer(model, data);
                (kept, prior) = ScorePass(blocks, scorer, floor, ct);
                lambda = prior.Solve(possible);
            }

            model = model with { Lambda = lambda };
            scorer = new PairScorer(model, data);
        }

        var minimum = LinkageModel.WeightFor(threshold) - model.PriorWeight;
        var pairs = new List<ScoredPair>();
        foreach (var list in kept)
        {
            foreach (var p in list)
            {
                if (p.Weight >= minimum)
                {
                    pairs.Add(Orient(data, p.Left, p.Right, p.Weight + model.PriorWeight));
                }
            }
        }

        pairs.Sort((x, y) => y.Weight.CompareTo(x.Weight) is var c && c != 0 ? c : (x.Left, x.Right).CompareTo((y.Left, y.Right)));
        progress?.Report($"{candidates:N0} candidate pairs, {pairs.Count:N0} at or above {threshold}");
        return new LinkageResult
        {
            Model = model,
            Report = report,
            Scorer = scorer,
            Pairs = pairs,
            CandidatePairs = candidates,
            CandidatesPerRule = perRule,
            OversizedBlocks = blocks.Oversized,
            PossiblePairs = possible,
            BlockingTime = blockingTime,
            TrainingTime = trainingTime,
            ScoringTime = clock.Elapsed - blockingTime - trainingTime,
        };
    }

    /// <summary>Files up to this size get the second scoring pass with u freed of true matches.</summary>
    private const int SmallData = 300_000;

    private static int IndexOfRule(Settings.LinkageSettings settings, string rule)
    {
        for (var i = 0; i < settings.Blocking.Count; i++)
        {
            if (settings.Blocking[i].ToString() == rule)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>One pass over all candidate pairs: the weight histogram for the prior, and the pairs at or above <paramref name="floor"/>.</summary>
    private static (ConcurrentBag<List<ScoredPair>> Kept, PriorEstimator Prior) ScorePass(CandidateBlocks blocks, PairScorer scorer, double floor, CancellationToken ct)
    {
        var kept = new ConcurrentBag<List<ScoredPair>>();
        var prior = new PriorEstimator();
        var gate = new object();
        Parallel.ForEach(
            Partitioner.Create(0, blocks.Blocks.Length, Math.Max(1, Math.Min(4096, blocks.Blocks.Length / (Environment.ProcessorCount * 16)))),
            new ParallelOptions { CancellationToken = ct },
            () => (Pairs: new List<ScoredPair>(), Prior: new PriorEstimator()),
            (range, _, local) =>
            {
                for (var bi = range.Item1; bi < range.Item2; bi++)
                {
                    var block = blocks.Blocks[bi];
                    var order = blocks.Order[block.Rule];
                    var end = block.Start + block.Length;
                    for (var i = block.Start; i < end; i++)
                    {
                        var a = order[i];
                        for (var j = i + 1; j < end; j++)
                        {
                            var b = order[j];
                            if (!blocks.Owns(block.Rule, a, b))
                            {
                                continue;
                            }

                            var w = scorer.Weight(a, b);
                            local.Prior.Add(w);
                            if (w >= floor)
                            {
                                local.Pairs.Add(new ScoredPair(a, b, w, 0));
                            }
                        }
                    }
                }

                return local;
            },
            local =>
            {
                kept.Add(local.Pairs);
                lock (gate)
                {
                    prior.Merge(local.Prior);
                }
            });

        return (kept, prior);
    }

    private static ScoredPair Orient(LinkageDataset data, int a, int b, double total)
    {
        var swap = data.IsLinking
            ? data.Source(a) == 1
            : string.CompareOrdinal(data.Id(a), data.Id(b)) > 0;
        var p = LinkageModel.Probability(total);
        return swap ? new ScoredPair(b, a, total, p) : new ScoredPair(a, b, total, p);
    }

    private static long[] CountCandidates(CandidateBlocks blocks, CancellationToken ct)
    {
        var rules = blocks.Keys.Length;
        var counts = new long[rules];
        var gate = new object();
        Parallel.ForEach(
            Partitioner.Create(0, blocks.Blocks.Length, Math.Max(1, Math.Min(4096, blocks.Blocks.Length / (Environment.ProcessorCount * 16)))),
            new ParallelOptions { CancellationToken = ct },
            () => new long[rules],
            (range, _, local) =>
            {
                for (var bi = range.Item1; bi < range.Item2; bi++)
                {
                    var block = blocks.Blocks[bi];
                    var order = blocks.Order[block.Rule];
                    var end = block.Start + block.Length;
                    for (var i = block.Start; i < end; i++)
                    {
                        for (var j = i + 1; j < end; j++)
                        {
                            if (blocks.Owns(block.Rule, order[i], order[j]))
                            {
                                local[block.Rule]++;
                            }
                        }
                    }
                }

                return local;
            },
            local =>
            {
                lock (gate)
                {
                    for (var r = 0; r < rules; r++)
                    {
                        counts[r] += local[r];
                    }
                }
            });

        return counts;
    }
}
