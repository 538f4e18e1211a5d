namespace Zicht.Statistics.Disclosure;

/// <summary>Dinic's maximum flow on a small directed graph with real (possibly infinite) capacities.</summary>
internal sealed class MaxFlow
{
    private const double Eps = 1e-9;
    private readonly List<int>[] _adjacency;
    private readonly List<(int To, int Reverse)> _arcs = [];
    private readonly List<double> _capacity = [];
    private double[] _residual = [];
    private int[] _level = [];
    private int[] _next = [];

    public MaxFlow(int nodes)
    {
        _adjacency = new List<int>[nodes];
        for (var i = 0; i < nodes; i++)
        {
            _adjacency[i] = [];
        }
    }

    /// <summary>Adds an arc and returns its index (its reverse arc is index + 1).</summary>
    public int AddArc(int from, int to, double capacity)
    {
        var index = _arcs.Count;
        _arcs.Add((to, index + 1));
        _capacity.Add(capacity);
        _adjacency[from].Add(index);
        _arcs.Add((from, index));
        _capacity.Add(0);
        _adjacency[to].Add(index + 1);
        return index;
    }

    /// <summary>
    /// Maximum flow from source to sink, ignoring the arcs in <paramref name="disabled"/>; +∞ if unbounded. With a limit the
    /// search stops as soon as the flow reaches it (enough to prove an interval wide enough).
    /// </summary>
    public double Run(int source, int sink, ReadOnlySpan<int> disabled, double limit = double.PositiveInfinity)
    {
        var n = _adjacency.Length;
        if (_residual.Length != _capacity.Count)
        {
            _residual = new double[_capacity.Count];
            _level = new int[n];
            _next = new int[n];
        }

        _capacity.CopyTo(_residual);
        foreach (var arc in disabled)
        {
            _residual[arc] = 0;
        }

        var total = 0.0;
        var queue = new int[n];
        while (true)
        {
            Array.Fill(_level, -1);
            _level[source] = 0;
            var head = 0;
            var tail = 0;
            queue[tail++] = source;
            while (head < tail)
            {
                var u = queue[head++];
                foreach (var a in _adjacency[u])
                {
                    var v = _arcs[a].To;
                    if (_level[v] < 0 && _residual[a] > Eps)
                    {
                        _level[v] = _level[u] + 1;
                        queue[tail++] = v;
                    }
                }
            }

            if (_level[sink] < 0)
            {
                return total;
            }

            Array.Clear(_next);
            while (true)
            {
                var pushed = Push(source, sink, double.PositiveInfinity);
                if (double.IsPositiveInfinity(pushed))
                {
                    return double.PositiveInfinity;
                }

                if (pushed <= Eps)
                {
                    break;
                }

                total += pushed;
                if (total >= limit)
                {
                    return total;
                }
            }
        }
    }

    private double Push(int u, int sink, double limit)
    {
        if (u == sink)
        {
            return limit;
        }

        for (; _next[u] < _adjacency[u].Count; _next[u]++)
        {
            var a = _adjacency[u][_next[u]];
            var v = _arcs[a].To;
            if (_level[v] != _level[u] + 1 || _residual[a] <= Eps)
            {
                continue;
            }

            var pushed = Push(v, sink, Math.Min(limit, _residual[a]));
            if (pushed > Eps)
            {
                if (double.IsPositiveInfinity(pushed))
                {
                    return pushed;
                }

                _residual[a] -= pushed;
                _residual[_arcs[a].Reverse] += pushed;
                return pushed;
            }
        }

        return 0;
    }
}
