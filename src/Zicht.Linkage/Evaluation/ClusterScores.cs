namespace Zicht.Linkage.Evaluation;

/// <summary>
/// Cluster-level agreement with the truth: pairwise scores over all pairs the clusters imply, B-cubed precision and
/// recall (Bagga and Baldwin 1998), the share of true persons recovered exactly, and the cluster counts.
/// </summary>
public sealed record ClusterScores(
    PairwiseScores Pairwise,
    double BCubedPrecision,
    double BCubedRecall,
    double ExactClusterShare,
    int PredictedClusters,
    int TrueClusters)
{
    public double BCubedF1 => BCubedPrecision + BCubedRecall == 0 ? 0 : 2 * BCubedPrecision * BCubedRecall / (BCubedPrecision + BCubedRecall);
}
