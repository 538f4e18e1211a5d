namespace Zicht.Linkage.Evaluation;

/// <summary>Measures linkage against known truth: each record's true entity label (person id).</summary>
public static class LinkageEvaluator
{
    /// <summary>
    /// Scores predicted pairs (record positions). In deduplication all records are one source; in linking
    /// <paramref name="sources"/> gives 0 or 1 per record and only pairs across sources are true pairs.
    /// </summary>
    public static PairwiseScores Pairs(IEnumerable<(int Left, int Right)> predicted, IReadOnlyList<string> truth, IReadOnlyList<int>? sources = null)
    {
        long tp = 0, fp = 0;
        var seen = new HashSet<(int, int)>();
        foreach (var (l, r) in predicted)
        {
            var key = l < r ? (l, r) : (r, l);
            if (l == r || !seen.Add(key))
            {
                continue;
            }

            if (string.Equals(truth[l], truth[r], StringComparison.Ordinal))
            {
                tp++;
            }
            else
            {
                fp++;
            }
        }

        return new PairwiseScores(tp, fp, TruePairs(truth, sources) - tp);
    }

    /// <summary>
    /// As <see cref="Pairs"/>, over pairs of linkable records only (<paramref name="linkable"/> per record: at least
    /// one identifying value), with the pairs that involve an unlinkable record counted apart.
    /// </summary>
    public static LinkableScores PairsOfLinkable(IEnumerable<(int Left, int Right)> predicted, IReadOnlyList<string> truth, IReadOnlyList<bool> linkable, IReadOnlyList<int>? sources = null)
    {
        if (linkable.Count != truth.Count)
        {
            throw new ArgumentException($"{linkable.Count} linkable flags for {truth.Count} truth labels.", nameof(linkable));
        }

        var both = new List<(int, int)>();
        long apart = 0, apartRight = 0;
        var seen = new HashSet<(int, int)>();
        foreach (var (l, r) in predicted)
        {
            var key = l < r ? (l, r) : (r, l);
            if (l == r || !seen.Add(key))
            {
                continue;
            }

            if (linkable[l] && linkable[r])
            {
                both.Add(key);
            }
            else
            {
                apart++;
                apartRight += string.Equals(truth[l], truth[r], StringComparison.Ordinal) ? 1 : 0;
            }
        }

        var kept = Enumerable.Range(0, truth.Count).Where(i => linkable[i]).ToList();
        var position = new int[truth.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            position[kept[i]] = i;
        }

        var keptTruth = kept.Select(i => truth[i]).ToList();
        var keptSources = sources is null ? null : kept.Select(i => sources[i]).ToList();
        var scores = Pairs(both.Select(p => (position[p.Item1], position[p.Item2])), keptTruth, keptSources);
        var allTrue = TruePairs(truth, sources);
        return new LinkableScores(scores, kept.Count, truth.Count - kept.Count, allTrue - TruePairs(keptTruth, keptSources), apart, apartRight);
    }

    /// <summary>Scores a clustering (cluster number per record) against the truth.</summary>
    public static ClusterScores Clusters(IReadOnlyList<int> clusterOf, IReadOnlyList<string> truth)
    {
        if (clusterOf.Count != truth.Count)
        {
            throw new ArgumentException($"{clusterOf.Count} cluster labels for {truth.Count} truth labels.", nameof(clusterOf));
        }

        var n = truth.Count;
        var cells = new Dictionary<(int, string), long>();
        var predictedSizes = new Dictionary<int, long>();
        var trueSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var key = (clusterOf[i], truth[i]);
            cells[key] = cells.GetValueOrDefault(key) + 1;
            predictedSizes[clusterOf[i]] = predictedSizes.GetValueOrDefault(clusterOf[i]) + 1;
            trueSizes[truth[i]] = trueSizes.GetValueOrDefault(truth[i]) + 1;
        }

        long tp = 0;
        double bPrecision = 0, bRecall = 0;
        foreach (var ((cluster, entity), size) in cells)
        {
            tp += size * (size - 1) / 2;
            // Each of the cell's records has this share of its cluster right and this share of its entity found.
            bPrecision += size * ((double)size / predictedSizes[cluster]);
            bRecall += size * ((double)size / trueSizes[entity]);
        }

        var predictedPairs = predictedSizes.Values.Sum(s => s * (s - 1) / 2);
        var truePairs = trueSizes.Values.Sum(s => s * (s - 1) / 2);
        var exact = cells.Count(kv => kv.Value == predictedSizes[kv.Key.Item1] && kv.Value == trueSizes[kv.Key.Item2]);
        return new ClusterScores(
            new PairwiseScores(tp, predictedPairs - tp, truePairs - tp),
            n == 0 ? 1 : bPrecision / n,
            n == 0 ? 1 : bRecall / n,
            trueSizes.Count == 0 ? 1 : (double)exact / trueSizes.Count,
            predictedSizes.Count,
            trueSizes.Count);
    }

    /// <summary>The number of true pairs: records of one entity (across sources when linking).</summary>
    public static long TruePairs(IReadOnlyList<string> truth, IReadOnlyList<int>? sources = null)
    {
        if (sources is null)
        {
            return truth.GroupBy(t => t, StringComparer.Ordinal).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        }

        var counts = new Dictionary<string, (long Left, long Right)>(StringComparer.Ordinal);
        for (var i = 0; i < truth.Count; i++)
        {
            var c = counts.GetValueOrDefault(truth[i]);
            counts[truth[i]] = sources[i] == 0 ? (c.Left + 1, c.Right) : (c.Left, c.Right + 1);
        }

        return counts.Values.Sum(c => c.Left * c.Right);
    }
}
