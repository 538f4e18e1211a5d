using System.Globalization;

namespace Zicht.Statistics.Disclosure;

/// <summary>
/// Protects a table of counts with margins: primary suppression (minimum frequency, dominance), secondary suppression until
/// the exact audit shows every primary cell's feasible interval at least as wide as the protection margin, optional rounding,
/// and a status and footnote for every cell.
/// </summary>
public static class TableProtector
{
    public static ProtectedTable Protect(CountTable table, SdcOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= new SdcOptions();
        options.Validate();
        var layout = new TableLayout(table.Categories.Select(c => c.Count).ToArray());
        var values = layout.WithMargins(table.Counts);
        var status = new CellStatus[layout.CellCount];
        var contributions = MarginContributions(layout, table);

        for (var cell = 0; cell < layout.CellCount; cell++)
        {
            var v = values[cell];
            var small = v > 0 && v < options.Threshold;
            var dominated = options.DominanceShare is { } k && contributions?[cell] is { Length: > 0 } parts
                && parts.OrderByDescending(x => x).Take(options.DominanceContributors).Sum() > k * parts.Sum();
            if (small || dominated)
            {
                status[cell] = CellStatus.Primary;
            }
        }

        var suppressed = new HashSet<int>(Enumerable.Range(0, layout.CellCount).Where(c => status[c] != CellStatus.Safe));
        IReadOnlyDictionary<int, FeasibleInterval> audit = new Dictionary<int, FeasibleInterval>();
        var passed = true;
        if (suppressed.Count > 0)
        {
            var isMargin = Enumerable.Range(0, layout.CellCount).Select(layout.IsMargin).ToArray();
            // Suppressing more only widens feasible intervals, so a cell that passed once stays protected: later rounds
            // re-check only the cells that failed.
            IReadOnlyList<int> toCheck = suppressed.ToArray();
            while (true)
            {
                CloseLines(layout, values, isMargin, status, suppressed);
                var failing = SuppressionAudit.TooNarrow(layout, values, suppressed, toCheck, options.Margin);
                toCheck = failing;
                if (failing.Count == 0)
                {
                    break;
                }

                // One partner for every failing cell per round: auditing after each single addition would cost a full
                // audit per cell on large tables.
                var added = false;
                foreach (var cell in failing)
                {
                    var partner = Partner(layout, values, isMargin, suppressed, cell, options.Margin);
                    if (partner >= 0)
                    {
                        status[partner] = CellStatus.Secondary;
                        suppressed.Add(partner);
                        added = true;
                    }
                }

                if (!added)
                {
                    // Nothing left to suppress that could help: report honestly rather than pretend.
                    passed = false;
                    break;
                }
            }

            audit = SuppressionAudit.Compute(layout, values, suppressed);
        }

        var cells = new List<ProtectedCell>(layout.CellCount);
        for (var cell = 0; cell < layout.CellCount; cell++)
        {
            var coords = layout.Coordinates(cell);
            var names = coords.Select((c, k) => c == layout.Sizes[k] ? ProtectedTable.TotalLabel : table.Categories[k][c]).ToArray();
            var published = status[cell] == CellStatus.Safe ? Round(values[cell], options.RoundingBase) : (double?)null;
            var interval = audit.TryGetValue(cell, out var fi) ? fi : (FeasibleInterval?)null;
            cells.Add(new ProtectedCell(names, layout.IsMargin(cell), status[cell], published, interval?.Lower, interval?.Upper));
        }

        var primary = status.Count(s => s == CellStatus.Primary);
        var secondary = status.Count(s => s == CellStatus.Secondary);
        return new ProtectedTable(table.Dimensions, cells, Footnote(options, primary, secondary), primary, secondary, passed);
    }

    /// <summary>Every equation with exactly one suppressed cell would give it away: suppress the cheapest other cell.</summary>
    private static void CloseLines(TableLayout layout, double[] values, bool[] isMargin, CellStatus[] status, HashSet<int> suppressed)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var (members, total) in layout.Equations)
            {
                var count = suppressed.Contains(total) ? 1 : 0;
                foreach (var m in members)
                {
                    if (suppressed.Contains(m) && ++count > 1)
                    {
                        break;
                    }
                }

                if (count != 1)
                {
                    continue;
                }

                var pick = -1;
                var best = double.PositiveInfinity;
                foreach (var c in members.Append(total))
                {
                    var cost = Cost(values, isMargin, c);
                    if (!suppressed.Contains(c) && cost < best)
                    {
                        best = cost;
                        pick = c;
                    }
                }

                status[pick] = CellStatus.Secondary;
                suppressed.Add(pick);
                changed = true;
            }
        }
    }

    /// <summary>
    /// A cell to suppress next to a primary cell whose interval is still too narrow: in one of its lines, the cheapest cell
    /// large enough to move the primary by the margin, or failing that the largest.
    /// </summary>
    private static int Partner(TableLayout layout, double[] values, bool[] isMargin, HashSet<int> suppressed, int cell, double margin)
    {
        var candidates = layout.EquationsOf(cell)
            .SelectMany(e => layout.Equations[e].Members.Append(layout.Equations[e].Total))
            .Where(c => c != cell && !suppressed.Contains(c))
            .Distinct()
            .ToList();
        if (candidates.Count == 0)
        {
            return -1;
        }

        var enough = candidates.Where(c => values[c] >= margin).OrderBy(c => Cost(values, isMargin, c)).ToList();
        return enough.Count > 0 ? enough[0] : candidates.OrderByDescending(c => values[c]).First();
    }

    // Prefer small interior cells; margins carry more information for readers and zeros give nothing away when suppressed.
    private static double Cost(double[] values, bool[] isMargin, int cell) =>
        values[cell] + (values[cell] == 0 ? 1e6 : 0) + (isMargin[cell] ? 1e9 : 0);

    private static double[]?[]? MarginContributions(TableLayout layout, CountTable table)
    {
        if (table.Contributions is null)
        {
            return null;
        }

        var parts = new List<double>[layout.CellCount];
        var i = 0;
        foreach (var cell in layout.InteriorCells())
        {
            var own = table.Contributions[i++];
            var coords = layout.Coordinates(cell);
            // The cell counts towards every cell obtained by replacing any subset of its coordinates by the total.
            for (var subset = 0; subset < 1 << coords.Length; subset++)
            {
                var target = 0;
                for (var k = 0; k < coords.Length; k++)
                {
                    var c = (subset & (1 << k)) != 0 ? layout.Sizes[k] : coords[k];
                    target += c * layout.Strides[k];
                }

                (parts[target] ??= []).AddRange(own);
            }
        }

        return parts.Select(p => p?.ToArray()).ToArray();
    }

    private static double Round(double value, int? roundingBase) =>
        roundingBase is { } b && b > 1 ? Math.Round(value / b, MidpointRounding.AwayFromZero) * b : value;

    private static string Footnote(SdcOptions options, int primary, int secondary)
    {
        var text = new List<string>();
        if (primary + secondary == 0)
        {
            text.Add(string.Create(CultureInfo.InvariantCulture, $"No cells suppressed: every non-zero cell counts at least {options.Threshold}."));
        }
        else
        {
            text.Add(string.Create(CultureInfo.InvariantCulture,
                $"× = not published: {primary} cell(s) with fewer than {options.Threshold} persons{(options.DominanceShare is { } k ? $" or dominated by {options.DominanceContributors} contributor(s) above {k:P0}" : "")}, and {secondary} further cell(s) so that these cannot be worked out from the totals."));
        }

        if (options.RoundingBase is { } b && b > 1)
        {
            text.Add(string.Create(CultureInfo.InvariantCulture, $"Figures are rounded to multiples of {b}; totals are rounded separately and may differ from the sum of their parts."));
        }

        return string.Join(' ', text);
    }
}
