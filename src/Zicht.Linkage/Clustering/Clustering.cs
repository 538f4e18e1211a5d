namespace Zicht.Linkage.Clustering;

/// <summary>Records grouped into clusters (persons): <see cref="ClusterOf"/> gives each record's cluster number, 0-based and dense.</summary>
public sealed record Clustering(IReadOnlyList<int> ClusterOf, int ClusterCount, int SplitComponents)
{
    /// <summary>The members of each cluster.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Members()
    {
        var members = new List<int>[ClusterCount];
        for (var i = 0; i < members.Length; i++)
        {
            members[i] = [];
        }

        for (var r = 0; r < ClusterOf.Count; r++)
        {
            members[ClusterOf[r]].Add(r);
        }

        return members;
    }
}
