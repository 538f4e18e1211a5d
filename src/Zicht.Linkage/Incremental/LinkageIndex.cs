using Zicht.Linkage.Data;
using Zicht.Linkage.Model;
using Zicht.Linkage.Scoring;

namespace Zicht.Linkage.Incremental;

/// <summary>
/// Links new records, one at a time, to the clusters (persons) of existing records, keeping every existing cluster
/// identifier stable. Candidates come from the same blocking rules as batch linkage, looked up by binary search in
/// the keys of the records present at creation and in a dictionary for records added later. Merges and splits for
/// review move records between clusters without renaming any. Safe for concurrent callers (one writer at a time).
/// </summary>
public sealed class LinkageIndex
{
    private readonly LinkageDataset _data;
    private readonly PairScorer _scorer;
    private readonly LinkageIndexOptions _options;
    private readonly ulong[][] _sortedKeys;
    private readonly int[][] _sortedRecords;
    private readonly Dictionary<ulong, List<int>>[] _added;
    private readonly ClusterMembers _members = new();
    private readonly Lock _gate = new();
    private string? _broken;
    private long _counter;

    private LinkageIndex(LinkageModel model, LinkageDataset data, IReadOnlyList<string> clusterIds, LinkageIndexOptions options)
    {
        _data = data;
        _scorer = new PairScorer(model, data);
        _options = options;
        for (var r = 0; r < clusterIds.Count; r++)
        {
            _members.Add(r, clusterIds[r]);
        }

        var rules = data.Keys.Length;
        _sortedKeys = new ulong[rules][];
        _sortedRecords = new int[rules][];
        _added = new Dictionary<ulong, List<int>>[rules];
        Parallel.For(0, rules, r =>
        {
            var keys = new ulong[data.Count];
            var records = new int[data.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = data.Keys[r][i];
                records[i] = i;
            }

            Array.Sort(keys, records);
            _sortedKeys[r] = keys;
            _sortedRecords[r] = records;
            _added[r] = [];
        });
    }

    public int RecordCount => _data.Count;

    public int ClusterCount => _members.Count;

    public LinkageModel Model => _scorer.Model;

    /// <summary>An index over <paramref name="data"/>, whose records are in the clusters <paramref name="clusterIds"/> (one per record, in order).</summary>
    public static LinkageIndex Create(LinkageModel model, LinkageDataset data, IReadOnlyList<string> clusterIds, LinkageIndexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        if (clusterIds.Count != data.Count)
        {
            throw new ArgumentException($"{clusterIds.Count} cluster identifiers for {data.Count} records.", nameof(clusterIds));
        }

        return new LinkageIndex(model, data, clusterIds, options ?? new LinkageIndexOptions());
    }

    /// <summary>
    /// Moves what was just built (an index and its dataset) to the garbage collector's old generation now. Left young,
    /// the next collections of the young generations move it, during links: at a million records, built from data
    /// that had aged during the run as a registry's has, the link that met the first took 52 ms with the workstation
    /// collector (at most 15 ms with the server collector a web host uses). These are blocking collections that stop every thread of the process (0.3–0.6 s at a
    /// million records in clear), so call it only where no link is waiting: when a host starts, before it takes signals. Each
    /// collection of generation 1 moves objects one generation up, so it takes two.
    /// </summary>
    public static void Settle()
    {
        GC.Collect(1, GCCollectionMode.Forced, blocking: true);
        GC.Collect(1, GCCollectionMode.Forced, blocking: true);
    }

    /// <summary>Adds a record and links it: to the best cluster at or above the threshold, or to a new cluster.</summary>
    public LinkOutcome Link(string recordId, IReadOnlyList<string?> row)
    {
        lock (_gate)
        {
            Usable();
            var record = _data.Add(recordId, row);
            try
            {
                return Decide(recordId, record);
            }
            catch (Exception e)
            {
                // The record is in the dataset but in no cluster: later records would be numbered out of step.
                _broken = $"linking record '{recordId}' failed part-way ({e.Message})";
                throw;
            }
        }
    }

    private LinkOutcome Decide(string recordId, int record)
    {
        var scored = Score(record);
        var threshold = _options.LinkThreshold ?? Model.Settings.Threshold;
        var byCluster = scored
            .GroupBy(c => c.ClusterId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(c => c.Weight)!)
            .OrderByDescending(c => c.Weight)
            .ToList();
        var above = byCluster.Where(c => c.Probability >= threshold).ToList();
        string cluster;
        LinkDecision decision;
        if (above.Count > 0)
        {
            cluster = above[0].ClusterId;
            decision = above.Count == 1 ? LinkDecision.Linked : LinkDecision.Review;
        }
        else
        {
            cluster = NewClusterId();
            decision = byCluster.Count > 0 && byCluster[0].Probability >= _options.ReviewThreshold ? LinkDecision.Review : LinkDecision.NewCluster;
        }

        Place(record, cluster);
        var candidates = scored.Where(c => c.Probability >= _options.ReviewThreshold).OrderByDescending(c => c.Weight).ToList();
        return new LinkOutcome(recordId, cluster, decision, candidates);
    }

    /// <summary>
    /// Adds a record to a cluster someone else decided on, without linking it: a record linked and stored elsewhere
    /// (by another process, or while this index was being built) that the index catches up with.
    /// </summary>
    public void Add(string recordId, IReadOnlyList<string?> row, string clusterId)
    {
        lock (_gate)
        {
            Usable();
            Place(_data.Add(recordId, row), clusterId);
        }
    }

    /// <summary>Whether the index holds a record.</summary>
    public bool Contains(string recordId)
    {
        lock (_gate)
        {
            return _data.IndexOf(recordId) >= 0;
        }
    }

    /// <summary>The cluster of a record.</summary>
    public string ClusterOf(string recordId)
    {
        lock (_gate)
        {
            return _members.ClusterOf(Position(recordId));
        }
    }

    /// <summary>The records of a cluster.</summary>
    public IReadOnlyList<string> RecordsOf(string clusterId)
    {
        lock (_gate)
        {
            return [.. _members.Members(clusterId).Select(_data.Id)];
        }
    }

    /// <summary>Moves every record of <paramref name="absorbed"/> into <paramref name="kept"/>, whose identifier stays; reversed by <see cref="Split"/>.</summary>
    public void Merge(string kept, string absorbed)
    {
        lock (_gate)
        {
            Usable();
            if (!_members.Contains(kept))
            {
                throw new KeyNotFoundException($"cluster '{kept}' does not exist.");
            }

            if (!_members.Contains(absorbed))
            {
                throw new KeyNotFoundException($"cluster '{absorbed}' does not exist.");
            }

            _members.Merge(kept, absorbed);
        }
    }

    /// <summary>Moves records out of their clusters into one cluster: a new one, or <paramref name="into"/> when given (to restore an earlier identifier). Returns its identifier.</summary>
    public string Split(IReadOnlyCollection<string> recordIds, string? into = null)
    {
        lock (_gate)
        {
            Usable();
            var positions = recordIds.Select(Position).ToList();
            var target = into ?? NewClusterId();
            foreach (var r in positions)
            {
                _members.Move(r, target);
            }

            return target;
        }
    }

    /// <summary>The side-by-side comparison of two records, for review.</summary>
    public PairExplanation Explain(string leftId, string rightId)
    {
        lock (_gate)
        {
            return _scorer.Explain(Position(leftId), Position(rightId));
        }
    }

    private List<CandidateMatch> Score(int record)
    {
        var seen = new HashSet<int>();
        var prior = Model.PriorWeight;
        var result = new List<CandidateMatch>();
        for (var r = 0; r < _data.Keys.Length; r++)
        {
            var key = _data.Keys[r][record];
            if (key == 0)
            {
                continue;
            }

            var keys = _sortedKeys[r];
            var from = LowerBound(keys, key);
            var to = from;
            while (to < keys.Length && keys[to] == key)
            {
                to++;
            }

            _added[r].TryGetValue(key, out var later);
            if ((to - from) + (later?.Count ?? 0) + 1 > _data.Settings.Blocking[r].MaxBlockSizeIn(_data.Settings))
            {
                continue;
            }

            for (var i = from; i < to; i++)
            {
                seen.Add(_sortedRecords[r][i]);
            }

            if (later is not null)
            {
                seen.UnionWith(later);
            }
        }

        seen.Remove(record);
        foreach (var other in seen)
        {
            var total = prior + _scorer.Weight(record, other);
            result.Add(new CandidateMatch(_data.Id(other), _members.ClusterOf(other), total, LinkageModel.Probability(total)));
        }

        return result;
    }

    /// <summary>Puts a newly added record in its cluster and makes it findable by its blocking keys.</summary>
    private void Place(int record, string cluster)
    {
        _members.Add(record, cluster);
        for (var r = 0; r < _data.Keys.Length; r++)
        {
            var key = _data.Keys[r][record];
            if (key != 0)
            {
                if (!_added[r].TryGetValue(key, out var list))
                {
                    _added[r][key] = list = [];
                }

                list.Add(record);
            }
        }
    }

    private static int LowerBound(ulong[] keys, ulong key)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keys[mid] < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Refuses to go on after a link failed part-way (see <see cref="Link"/>): build the index again.</summary>
    private void Usable()
    {
        if (_broken is not null)
        {
            throw new InvalidOperationException($"This linkage index can no longer be used: {_broken}. Build it again.");
        }
    }

    private int Position(string recordId) =>
        _data.IndexOf(recordId) is >= 0 and var p ? p : throw new KeyNotFoundException($"record '{recordId}' is not in the index.");

    private string NewClusterId()
    {
        if (_options.NewClusterId is { } make)
        {
            var id = make();
            return _members.Contains(id) ? throw new InvalidOperationException($"new cluster identifier '{id}' is already in use.") : id;
        }

        string candidate;
        do
        {
            candidate = $"C{++_counter:D7}";
        }
        while (_members.Contains(candidate));

        return candidate;
    }
}
