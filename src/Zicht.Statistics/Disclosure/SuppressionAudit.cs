using Zicht.Statistics.LinearProgramming;

namespace Zicht.Statistics.Disclosure;

/// <summary>
/// The exact recomputation check: with published cells fixed, each suppressed cell is minimised and maximised over all
/// non-negative tables that keep every margin equation. Suppressed cells are split into independent groups (linked through
/// shared equations) and each group is one linear program, set up once and re-optimised for every bound.
/// </summary>
public static class SuppressionAudit
{
    public static IReadOnlyDictionary<int, FeasibleInterval> Compute(TableLayout layout, IReadOnlyList<double> values, IReadOnlySet<int> suppressed)
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

    // Simplex arithmetic leaves 1e-12-sized noise on integral bounds.
    private static double Clean(double v) => Math.Abs(v - Math.Round(v)) < 1e-7 ? Math.Round(v) : v;
}
