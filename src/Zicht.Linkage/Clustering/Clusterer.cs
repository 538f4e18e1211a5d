using Zicht.Linkage.Scoring;

namespace Zicht.Linkage.Clustering;

/// <summary>
/// Groups linked pairs into persons: connected components of the pairs at or above the threshold, after which a
/// component of three or more records whose share of linked pairs is below the minimum density is split by dropping
/// its weakest links until each part is dense enough. This stops one wrong link from chaining two people together.
/// </summary>
public static class Clusterer
{
    public static Clustering Cluster(int records, IEnumerable<ScoredPair> pairs, double threshold, double minDensity)
    {
        var edges = pairs.Where(p => p.Probability >= threshold).ToList();
        var sets = new UnionFind(records);
        foreach (var e in edges)
        {
            sets.Union(e.Left, e.Right);
        }

        var byComponent = new Dictionary<int, List<ScoredPair>>();
        foreach (var e in edges)
        {
            var root = sets.Find(e.Left);
            if (!byComponent.TryGetValue(root, out var list))
            {
                byComponent[root] = list = [];
            }

            list.Add(e);
        }

        var clusterOf = new int[records];
        Array.Fill(clusterOf, -1);
        var next = 0;
        var splits = 0;
        foreach (var list in byComponent.Values)
        {
            var members = list.SelectMany(e => new[] { e.Left, e.Right }).Distinct().ToList();
            foreach (var part in Split(members, list, minDensity))
            {
                if (part.Count > 0 && part.Count < members.Count)
                {
                    splits++;
                }

                foreach (var r in part)
                {
                    clusterOf[r] = next;
                }

                next++;
            }
        }

        for (var r = 0; r < records; r++)
        {
            if (clusterOf[r] < 0)
            {
                clusterOf[r] = next++;
            }
        }

        return new Clustering(clusterOf, next, splits);
    }

    private static IEnumerable<List<int>> Split(List<int> members, List<ScoredPair> edges, double minDensity)
    {
        var possible = (double)members.Count * (members.Count - 1) / 2;
        if (members.Count < 3 || edges.Count / possible >= minDensity)
        {
            yield return members;
            yield break;
        }

        // Drop the weakest links (all of equal weight at once) and look at what falls apart.
        // In a large component, a tenth at a time keeps this from going quadratic.
        var weakest = members.Count > 50
            ? edges.Select(e => e.Weight).Order().ElementAt((edges.Count / 10) - 1)
            : edges.Min(e => e.Weight);
        var kept = edges.Where(e => e.Weight > weakest).ToList();
        var local = new Dictionary<int, int>();
        foreach (var m in members)
        {
            local[m] = local.Count;
        }

        var sets = new UnionFind(members.Count);
        foreach (var e in kept)
        {
            sets.Union(local[e.Left], local[e.Right]);
        }

        var groups = members.GroupBy(m => sets.Find(local[m])).ToList();
        foreach (var g in groups)
        {
            var part = g.ToList();
            var set = part.ToHashSet();
            var partEdges = kept.Where(e => set.Contains(e.Left)).ToList();
            foreach (var sub in Split(part, partEdges, minDensity))
            {
                yield return sub;
            }
        }
    }
}
