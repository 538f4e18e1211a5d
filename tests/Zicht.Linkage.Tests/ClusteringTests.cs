using Zicht.Linkage.Clustering;
using Zicht.Linkage.Scoring;

namespace Zicht.Linkage.Tests;

public sealed class ClusteringTests
{
    private static ScoredPair Pair(int a, int b, double weight) => new(a, b, weight, 1 / (1 + Math.Pow(2, -weight)));

    [Fact]
    public void Linked_pairs_form_connected_clusters()
    {
        var c = Clusterer.Cluster(5, [Pair(0, 1, 10), Pair(1, 2, 10), Pair(0, 2, 10)], 0.9, 0.5);
        Assert.Equal(c.ClusterOf[0], c.ClusterOf[1]);
        Assert.Equal(c.ClusterOf[0], c.ClusterOf[2]);
        Assert.NotEqual(c.ClusterOf[3], c.ClusterOf[4]);
        Assert.Equal(3, c.ClusterCount);
    }

    [Fact]
    public void One_weak_link_does_not_chain_two_people_together()
    {
        // Two triangles, joined by a single link that just passes the threshold.
        var pairs = new[] { Pair(0, 1, 20), Pair(1, 2, 20), Pair(0, 2, 20), Pair(3, 4, 20), Pair(4, 5, 20), Pair(3, 5, 20), Pair(2, 3, 4) };
        var c = Clusterer.Cluster(6, pairs, 0.9, 0.6);
        Assert.Equal(2, c.ClusterCount);
        Assert.NotEqual(c.ClusterOf[2], c.ClusterOf[3]);
        Assert.Equal(1, c.SplitComponents > 0 ? 1 : 0);
    }

    [Fact]
    public void Without_a_density_minimum_the_components_stay_whole()
    {
        var pairs = new[] { Pair(0, 1, 20), Pair(1, 2, 20), Pair(0, 2, 20), Pair(3, 4, 20), Pair(4, 5, 20), Pair(3, 5, 20), Pair(2, 3, 4) };
        Assert.Equal(1, Clusterer.Cluster(6, pairs, 0.9, 0).ClusterCount);
    }

    [Fact]
    public void Pairs_below_the_threshold_do_not_link() =>
        Assert.Equal(2, Clusterer.Cluster(2, [Pair(0, 1, 1)], 0.9, 0.5).ClusterCount);
}
