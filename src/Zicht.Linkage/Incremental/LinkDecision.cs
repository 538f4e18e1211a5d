namespace Zicht.Linkage.Incremental;

/// <summary>What linking one new record decided.</summary>
public enum LinkDecision
{
    /// <summary>No existing record came near: the record starts a new cluster.</summary>
    NewCluster,

    /// <summary>Linked to the one cluster at or above the threshold.</summary>
    Linked,

    /// <summary>Uncertain: the best match lies between the review and link thresholds (the record starts a new cluster until a reviewer merges it), or clusters above the threshold disagree (linked to the best; the others may be the same person).</summary>
    Review,
}
