namespace Zicht.Linkage.Evaluation;

/// <summary>
/// Accuracy on the records that can be linked at all, and what lies outside it: records without any identifying
/// value (an anonymous signal) cannot be linked by any method, so they are counted apart instead of dragging recall
/// down unseen or being dropped unseen.
/// </summary>
/// <param name="Linkable">Pairwise scores over pairs of two linkable records.</param>
/// <param name="LinkableRecords">Records with at least one identifying value.</param>
/// <param name="UnlinkableRecords">Records without any.</param>
/// <param name="TruePairsWithUnlinkable">True pairs with at least one unlinkable record: never counted as found or missed above.</param>
/// <param name="PredictedWithUnlinkable">Predicted pairs with at least one unlinkable record (should be none).</param>
/// <param name="PredictedWithUnlinkableRight">Of those, the pairs that are true.</param>
public sealed record LinkableScores(
    PairwiseScores Linkable,
    int LinkableRecords,
    int UnlinkableRecords,
    long TruePairsWithUnlinkable,
    long PredictedWithUnlinkable,
    long PredictedWithUnlinkableRight);
