using Zicht.Statistics.LinearProgramming;

namespace Zicht.Statistics.Disclosure;

/// <summary>
/// The exact recomputation check: with published cells fixed, each suppressed cell is minimised and maximised over all
/// non-negative tables that keep every margin equation. Suppressed cells are split into independent groups (linked through
/// shared equations) and each group is one linear program, set up once and re-optimised for every bound. Two-way tables
/// are network problems, so there the same optimum is found faster as a maximum flow (see <see cref="ComputeTwoWay"/>).
/// </summary>
public static class SuppressionAudit
{
    public static IReadOnlyDictionary<int, FeasibleInterval> Compute(TableLayout layout, IReadOnlyList<double> values, IReadOnlySet<int> suppressed)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return layout.Sizes.Count == 2 ? ComputeTwoWay(layout, values, suppressed) : ComputeByLinearProgramming(layout, values, suppressed);
    }

    /// <summary>The general audit: one linear program per group of linked suppressed cells.</summary>
    public static IReadOnlyDictionary<int, FeasibleInterval> ComputeByLinearProgramming(TableLayout layout, IReadOnlyList<double> values, IReadOnlySet<int> suppressed)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(suppressed);
        var result = new Dictionary<int, FeasibleInterval>();
        var parent = new Dictionary<int, int>();
        foreach (var s in suppressed)
        {
            parent[s] = s;
        }

        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        var touching = new List<(int[] Members, int Total)>();
        foreach (var eq in layout.Equations)
        {
            var first = -1;
            foreach (var cell in eq.Members.Append(eq.Total))
            {
                if (!suppressed.Contains(cell))
                {
                    continue;
                }

                if (first < 0)
                {
                    first = cell;
                }
                else
                {
                    parent[Find(cell)] = Find(first);
                }
            }

            if (first >= 0)
            {
                touching.Add(eq);
            }
        }

        foreach (var group in suppressed.GroupBy(Find))
        {
            var vars = group.ToArray();
            var column = new Dictionary<int, int>();
            for (var i = 0; i < vars.Length; i++)
            {
                column[vars[i]] = i;
            }

            var rows = new List<double[]>();
            var rhs = new List<double>();
            foreach (var (members, total) in touching)
            {
                if (!members.Append(total).Any(column.ContainsKey))
                {
                    continue;
                }

                var row = new double[vars.Length];
                var b = 0.0;
                foreach (var m in members)
                {
                    if (column.TryGetValue(m, out var j))
                    {
                        row[j] += 1;
                    }
                    else
                    {
                        b -= values[m];
                    }
                }

                if (column.TryGetValue(total, out var t))
                {
                    row[t] -= 1;
                }
                else
                {
                    b += values[total];
                }

                rows.Add(row);
                rhs.Add(b);
            }

            var lp = new EqualityLinearProgram(rows, rhs, vars.Length);
            if (!lp.IsFeasible)
            {
                throw new InvalidOperationException("The published table is inconsistent: its margins do not add up.");
            }

            var objective = new double[vars.Length];
            for (var i = 0; i < vars.Length; i++)
            {
                objective[i] = 1;
                var max = lp.Maximize(objective);
                var min = lp.Minimize(objective);
                objective[i] = 0;
                var upper = max.Status == LpStatus.Unbounded ? double.PositiveInfinity : Clean(max.Value);
                result[vars[i]] = new FeasibleInterval(Math.Max(0, Clean(min.Value)), upper);
            }
        }

        return result;
    }

    /// <summary>
    /// The exact audit of a two-way table with margins as a network problem. Negating the margins makes every row and column
    /// of the (R+1)×(C+1) table sum to zero, so a feasible change of the suppressed cells is a circulation on the bipartite
    /// graph of rows and columns whose edges are the suppressed cells. How far a cell can rise is the maximum flow from its
    /// column back to its row through the other cells (arcs row→column may raise a cell, column→row lower it, within their
    /// non-negativity); how far it can fall is the flow the other way. By LP duality this equals the linear programs' optimum.
    /// </summary>
    public static IReadOnlyDictionary<int, FeasibleInterval> ComputeTwoWay(TableLayout layout, IReadOnlyList<double> values, IReadOnlySet<int> suppressed)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(suppressed);
        var rows = layout.Extents[0];
        var columns = layout.Extents[1];
        var graph = new MaxFlow(rows + columns);
        var cells = suppressed.ToArray();
        var raiseArc = new int[cells.Length];
        var lowerArc = new int[cells.Length];
        var signs = new int[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            var c = layout.Coordinates(cells[i]);
            var marginCount = (c[0] == layout.Sizes[0] ? 1 : 0) + (c[1] == layout.Sizes[1] ? 1 : 0);
            // Interior cells and the grand total enter the zero-sum table as +x, one-way margins as −x.
            signs[i] = marginCount == 1 ? -1 : 1;
            var x = values[cells[i]];
            var raiseY = signs[i] > 0 ? double.PositiveInfinity : x;
            var lowerY = signs[i] > 0 ? x : double.PositiveInfinity;
            raiseArc[i] = graph.AddArc(c[0], rows + c[1], raiseY);
            lowerArc[i] = graph.AddArc(rows + c[1], c[0], lowerY);
        }

        var result = new Dictionary<int, FeasibleInterval>(cells.Length);
        Span<int> own = stackalloc int[2];
        for (var i = 0; i < cells.Length; i++)
        {
            var c = layout.Coordinates(cells[i]);
            own[0] = raiseArc[i];
            own[1] = lowerArc[i];
            var x = values[cells[i]];
            var raiseY = graph.Run(rows + c[1], c[0], own);
            var lowerY = graph.Run(c[0], rows + c[1], own);
            var (down, up) = signs[i] > 0 ? (Math.Min(lowerY, x), raiseY) : (Math.Min(raiseY, x), lowerY);
            result[cells[i]] = new FeasibleInterval(Clean(x - down), Clean(x + up));
        }

        return result;
    }

    /// <summary>
    /// The cells among <paramref name="cells"/> whose feasible interval is narrower than <paramref name="margin"/>. For two-way
    /// tables the flows stop once the margin is reached, which makes this much cheaper than the full audit.
    /// </summary>
    public static IReadOnlyList<int> TooNarrow(TableLayout layout, IReadOnlyList<double> values, IReadOnlySet<int> suppressed, IEnumerable<int> cells, double margin)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(suppressed);
        ArgumentNullException.ThrowIfNull(cells);
        if (layout.Sizes.Count != 2)
        {
            var full = ComputeByLinearProgramming(layout, values, suppressed);
            return cells.Where(c => full[c].Width < margin - 1e-9).ToList();
        }

        var (graph, rows, index, raiseArc, lowerArc, signs) = BuildNetwork(layout, values, suppressed);
        var failing = new List<int>();
        Span<int> own = stackalloc int[2];
        foreach (var cell in cells)
        {
            var i = index[cell];
            var c = layout.Coordinates(cell);
            own[0] = raiseArc[i];
            own[1] = lowerArc[i];
            var x = values[cell];
            // Width = rise + fall; the fall is capped by the cell's own value.
            var riseFlow = graph.Run(rows + c[1], c[0], own, margin);
            var rise = signs[i] > 0 ? riseFlow : Math.Min(riseFlow, x);
            if (rise >= margin - 1e-9)
            {
                continue;
            }

            var fallFlow = graph.Run(c[0], rows + c[1], own, margin - rise);
            var fall = signs[i] > 0 ? Math.Min(fallFlow, x) : fallFlow;
            if (rise + fall < margin - 1e-9)
            {
                failing.Add(cell);
            }
        }

        return failing;
    }

    private static (MaxFlow Graph, int Rows, Dictionary<int, int> Index, int[] Raise, int[] Lower, int[] Signs) BuildNetwork(TableLayout layout, IReadOnlyList<double> values, IReadOnlySet<int> suppressed)
    {
        var rows = layout.Extents[0];
        var graph = new MaxFlow(rows + layout.Extents[1]);
        var cells = suppressed.ToArray();
        var index = new Dictionary<int, int>(cells.Length);
        var raiseArc = new int[cells.Length];
        var lowerArc = new int[cells.Length];
        var signs = new int[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            index[cells[i]] = i;
            var c = layout.Coordinates(cells[i]);
            var marginCount = (c[0] == layout.Sizes[0] ? 1 : 0) + (c[1] == layout.Sizes[1] ? 1 : 0);
            signs[i] = marginCount == 1 ? -1 : 1;
            var x = values[cells[i]];
            raiseArc[i] = graph.AddArc(c[0], rows + c[1], signs[i] > 0 ? double.PositiveInfinity : x);
            lowerArc[i] = graph.AddArc(rows + c[1], c[0], signs[i] > 0 ? x : double.PositiveInfinity);
        }

        return (graph, rows, index, raiseArc, lowerArc, signs);
    }

    // Simplex arithmetic leaves 1e-12-sized noise on integral bounds.
    private static double Clean(double v) => Math.Abs(v - Math.Round(v)) < 1e-7 ? Math.Round(v) : v;
}
