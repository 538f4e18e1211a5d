using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Zicht.Statistics.Survival;

/// <summary>
/// The log-rank test of equal survival between groups (R's survdiff with rho = 0), with the hypergeometric variance and
/// delayed entry handled through the same (entry, exit] risk sets as Kaplan–Meier.
/// </summary>
public static class LogRankTest
{
    public static LogRankResult Test(IReadOnlyDictionary<string, SurvivalData> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count < 2)
        {
            throw new ArgumentException($"The log-rank test compares at least two groups; got {groups.Count}.", nameof(groups));
        }

        var names = groups.Keys.ToArray();
        var g = names.Length;
        var tables = names.Select(name => RiskSetTable.Build(groups[name])).ToArray();
        var sortedExits = names.Select(name => groups[name].Exit.Order().ToArray()).ToArray();
        var sortedEntries = names.Select(name => groups[name].Entry?.Order().ToArray()).ToArray();
        var times = tables.SelectMany(t => t.Times.Where((_, i) => t.AllEvents(i) > 0)).Distinct().OrderBy(t => t).ToArray();
        var observed = new double[g];
        var expected = new double[g];
        var variance = new double[g, g];
        var atRisk = new double[g];
        var events = new double[g];
        foreach (var time in times)
        {
            double nTotal = 0, dTotal = 0;
            for (var k = 0; k < g; k++)
            {
                (atRisk[k], events[k]) = AtRiskAndEvents(tables[k], sortedExits[k], sortedEntries[k], time);
                nTotal += atRisk[k];
                dTotal += events[k];
            }

            if (dTotal == 0 || nTotal == 0)
            {
                continue;
            }

            var factor = nTotal > 1 ? dTotal * (nTotal - dTotal) / (nTotal - 1) : 0;
            for (var a = 0; a < g; a++)
            {
                observed[a] += events[a];
                expected[a] += atRisk[a] * dTotal / nTotal;
                for (var b = 0; b < g; b++)
                {
                    var pa = atRisk[a] / nTotal;
                    var pb = atRisk[b] / nTotal;
                    variance[a, b] += factor * pa * ((a == b ? 1 : 0) - pb);
                }
            }
        }

        // Drop the last group: the remaining (O − E) and covariance have full rank when every group has persons at risk.
        var m = g - 1;
        var diff = Vector<double>.Build.Dense(m, i => observed[i] - expected[i]);
        var v = Matrix<double>.Build.Dense(m, m, (i, j) => variance[i, j]);
        var chi = v.Determinant() > 1e-12 ? diff * v.Inverse() * diff : diff * v.PseudoInverse() * diff;
        var df = v.Rank();
        var p = df > 0 ? 1 - ChiSquared.CDF(df, chi) : double.NaN;
        return new LogRankResult(names, names.Select(n => groups[n].Count).ToArray(), observed, expected, chi, df, p);
    }

    private static (double AtRisk, double Events) AtRiskAndEvents(RiskSetTable table, double[] exits, double[]? entries, double time)
    {
        var i = Array.BinarySearch(table.Times, time);
        if (i >= 0)
        {
            return (table.AtRisk[i], table.AllEvents(i));
        }

        // No exit at this time in this group: those entered before it minus those exited before it.
        var entered = entries is null ? exits.Length : CountBelow(entries, time);
        return (entered - CountBelow(exits, time), 0);
    }

    private static int CountBelow(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < value)
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
}
