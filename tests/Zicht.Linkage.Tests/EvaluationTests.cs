using FsCheck.Xunit;
using Zicht.Linkage.Evaluation;

namespace Zicht.Linkage.Tests;

public sealed class EvaluationTests
{
    [Fact]
    public void Pairwise_scores_count_true_and_false_links()
    {
        string[] truth = ["a", "a", "a", "b", "b", "c"];
        // True pairs: (0,1) (0,2) (1,2) (3,4) = 4. Predicted: two right, one wrong, one duplicate.
        var s = LinkageEvaluator.Pairs([(0, 1), (1, 0), (3, 4), (2, 5)], truth);
        Assert.Equal(2, s.TruePositives);
        Assert.Equal(1, s.FalsePositives);
        Assert.Equal(2, s.FalseNegatives);
        Assert.Equal(2.0 / 3, s.Precision, 10);
        Assert.Equal(0.5, s.Recall, 10);
        Assert.Equal(2 * (2.0 / 3) * 0.5 / ((2.0 / 3) + 0.5), s.F1, 10);
    }

    [Fact]
    public void Linking_counts_only_pairs_across_the_two_files()
    {
        string[] truth = ["a", "a", "a"];
        int[] sources = [0, 0, 1];
        Assert.Equal(2, LinkageEvaluator.TruePairs(truth, sources));
        Assert.Equal(1.0, LinkageEvaluator.Pairs([(0, 2), (1, 2)], truth, sources).Recall, 10);
    }

    [Fact]
    public void Cluster_scores_follow_b_cubed()
    {
        string[] truth = ["a", "a", "b", "b"];
        int[] clusters = [0, 0, 0, 1];
        var s = LinkageEvaluator.Clusters(clusters, truth);
        // Records 0,1: precision 2/3; record 2: 1/3; record 3: 1. Recall: 1, 1, 1/2, 1/2.
        Assert.Equal(((2.0 / 3) + (2.0 / 3) + (1.0 / 3) + 1) / 4, s.BCubedPrecision, 10);
        Assert.Equal(0.75, s.BCubedRecall, 10);
        Assert.Equal(0, s.ExactClusterShare, 10);
        Assert.Equal(1, s.Pairwise.TruePositives);
        Assert.Equal(2, s.Pairwise.FalsePositives);
    }

    [Property]
    public bool The_truth_itself_scores_perfectly(byte[] labels)
    {
        var truth = labels.Select(l => (l % 7).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var clusters = labels.Select(l => l % 7).ToList();
        var s = LinkageEvaluator.Clusters(clusters, truth);
        return s.Pairwise.Precision == 1 && s.Pairwise.Recall == 1 && Math.Abs(s.BCubedPrecision - 1) < 1e-12 && Math.Abs(s.BCubedRecall - 1) < 1e-12;
    }
}
