namespace Zicht.Linkage.Incremental;

/// <summary>
/// Which cluster each record is in, and each cluster's records, in flat arrays: a cluster number per record and the
/// members of a cluster chained through a next-record array (a cluster with no first record is empty). A list per
/// cluster would be a million small objects at a million records, and the first garbage collection after an index
/// is built would have to move them all while a link waits.
/// </summary>
internal sealed class ClusterMembers
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];
    private readonly List<int> _first = [];
    private readonly List<int> _last = [];
    private readonly List<int> _clusterOf = [];
    private readonly List<int> _next = [];

    /// <summary>The number of clusters with at least one record.</summary>
    public int Count { get; private set; }

    public bool Contains(string clusterId) => _numbers.TryGetValue(clusterId, out var n) && _first[n] >= 0;

    /// <summary>The cluster of a record.</summary>
    public string ClusterOf(int record) => _ids[_clusterOf[record]];

    /// <summary>Puts the next record (numbered in order of arrival) in a cluster, a new one when it does not exist yet.</summary>
    public void Add(int record, string clusterId)
    {
        if (record != _clusterOf.Count)
        {
            throw new InvalidOperationException($"record {record} arrives out of order; {_clusterOf.Count} was expected.");
        }

        _clusterOf.Add(-1);
        _next.Add(-1);
        Append(record, Number(clusterId));
    }

    /// <summary>The records of a cluster, in the order they joined it; none for an unknown cluster.</summary>
    public List<int> Members(string clusterId)
    {
        var members = new List<int>();
        if (_numbers.TryGetValue(clusterId, out var n))
        {
            for (var r = _first[n]; r >= 0; r = _next[r])
            {
                members.Add(r);
            }
        }

        return members;
    }

    /// <summary>Moves every record of <paramref name="absorbed"/> to the end of <paramref name="kept"/>.</summary>
    public void Merge(string kept, string absorbed)
    {
        var k = _numbers[kept];
        var a = _numbers[absorbed];
        if (k == a || _first[a] < 0)
        {
            return;
        }

        for (var r = _first[a]; r >= 0; r = _next[r])
        {
            _clusterOf[r] = k;
        }

        if (_first[k] < 0)
        {
            _first[k] = _first[a];
            Count++;
        }
        else
        {
            _next[_last[k]] = _first[a];
        }

        _last[k] = _last[a];
        Clear(a);
    }

    /// <summary>Moves one record out of its cluster to the end of <paramref name="clusterId"/>.</summary>
    public void Move(int record, string clusterId)
    {
        var from = _clusterOf[record];
        var previous = -1;
        for (var r = _first[from]; r != record; r = _next[r])
        {
            previous = r;
        }

        if (previous < 0)
        {
            _first[from] = _next[record];
        }
        else
        {
            _next[previous] = _next[record];
        }

        if (_last[from] == record)
        {
            _last[from] = previous;
        }

        _next[record] = -1;
        if (_first[from] < 0)
        {
            Clear(from);
        }

        Append(record, Number(clusterId));
    }

    private int Number(string clusterId)
    {
        if (!_numbers.TryGetValue(clusterId, out var n))
        {
            n = _ids.Count;
            _numbers[clusterId] = n;
            _ids.Add(clusterId);
            _first.Add(-1);
            _last.Add(-1);
        }

        return n;
    }

    private void Append(int record, int n)
    {
        if (_first[n] < 0)
        {
            _first[n] = record;
            Count++;
        }
        else
        {
            _next[_last[n]] = record;
        }

        _last[n] = record;
        _clusterOf[record] = n;
    }

    /// <summary>An emptied cluster: its identifier is free again (a split may later restore it).</summary>
    private void Clear(int n)
    {
        _first[n] = -1;
        _last[n] = -1;
        Count--;
    }
}
