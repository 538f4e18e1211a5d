using Zicht.Statistics.LinearProgramming;
using Zicht.Statistics.LogLinear;

namespace Zicht.Statistics.Mse;

/// <summary>
/// Fits main effects plus given interactions to a capture table, treating non-overlapping terms as −∞
/// (Chan, Silverman and Vincent 2021) and checking existence (Fienberg and Rinaldo 2012) and identifiability first.
/// </summary>
public static class ModelFitter
{
    /// <summary>Fits the model; never throws for data problems but returns a fit whose status says what is wrong.</summary>
    public static MseFit Fit(CaptureTable table, IReadOnlyCollection<int> terms)
    {
        var built = Build(table, terms);
        if (built.Status != FitStatus.Ok)
        {
            return built;
        }

        var y = built.Cells.Select(c => table[c]).ToArray();
        var fit = PoissonRegression.Fit(built.Design, y);
        var names = ColumnNames(table, built);
        var p = names.Count;
        var coefficients = new List<Coefficient>(p + built.EmptyTerms.Count);
        for (var j = 0; j < p; j++)
        {
            coefficients.Add(new Coefficient(names[j], fit.Coefficients[j], fit.StandardError(j)));
        }

        coefficients.AddRange(built.EmptyLists.Select(l => new Coefficient(table.Lists[l], double.NegativeInfinity, double.NaN)));
        coefficients.AddRange(built.EmptyTerms.Select(t => new Coefficient(table.TermName(t), double.NegativeInfinity, double.NaN)));
        var infinite = built.EmptyTerms.Count + built.EmptyLists.Count;
        var aic = fit.Aic + 2 * infinite;
        var k = p + infinite;
        var bic = aic + k * (Math.Log(table.Observed) - 2);
        var hidden = Math.Exp(fit.Coefficients[0]);
        var usable = fit.Converged && !double.IsNaN(hidden) && !double.IsInfinity(hidden);
        return built with
        {
            Status = usable ? FitStatus.Ok : FitStatus.DoesNotExist,
            Problem = usable ? null : "the fit did not converge; the estimate is not reported",
            Fitted = fit.Fitted,
            Coefficients = coefficients,
            Deviance = fit.Deviance,
            Aic = aic,
            Bic = bic,
            DegreesOfFreedom = built.Cells.Count - p,
            Hidden = hidden,
            LogHiddenStandardError = fit.StandardError(0),
            Converged = fit.Converged,
        };
    }

    /// <summary>Checks existence and identifiability without fitting (used by stepwise selection for every candidate).</summary>
    public static FitStatus Check(CaptureTable table, IReadOnlyCollection<int> terms) => Build(table, terms).Status;

    private static MseFit Build(CaptureTable table, IReadOnlyCollection<int> terms)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(terms);
        var k = table.ListCount;
        var full = (1 << k) - 1;
        var ordered = terms.Distinct().OrderBy(t => System.Numerics.BitOperations.PopCount((uint)t)).ThenBy(t => t).ToArray();
        foreach (var t in ordered)
        {
            if (t <= 0 || t > full || System.Numerics.BitOperations.PopCount((uint)t) < 2)
            {
                throw new ArgumentException($"Term {t} is not an interaction of two or more of the {k} lists.", nameof(terms));
            }
        }

        var emptyLists = Enumerable.Range(0, k).Where(j => table.OverlapTotal(1 << j) == 0).ToArray();
        var emptyListMask = emptyLists.Aggregate(0, (m, j) => m | (1 << j));
        var emptyTerms = ordered.Where(t => (t & emptyListMask) == 0 && table.OverlapTotal(t) == 0).ToArray();
        var liveTerms = ordered.Where(t => (t & emptyListMask) == 0 && !emptyTerms.Contains(t)).ToArray();
        var cells = new List<int>();
        for (var m = 1; m <= full; m++)
        {
            if ((m & emptyListMask) != 0 || emptyTerms.Any(t => (m & t) == t))
            {
                continue;
            }

            cells.Add(m);
        }

        var liveLists = Enumerable.Range(0, k).Where(j => (emptyListMask & (1 << j)) == 0).ToArray();
        var columns = 1 + liveLists.Length + liveTerms.Length;
        var design = new double[cells.Count, columns];
        for (var i = 0; i < cells.Count; i++)
        {
            var m = cells[i];
            design[i, 0] = 1;
            for (var j = 0; j < liveLists.Length; j++)
            {
                design[i, 1 + j] = (m >> liveLists[j]) & 1;
            }

            for (var t = 0; t < liveTerms.Length; t++)
            {
                design[i, 1 + liveLists.Length + t] = (m & liveTerms[t]) == liveTerms[t] ? 1 : 0;
            }
        }

        var result = new MseFit
        {
            Table = table,
            Terms = ordered,
            EmptyTerms = emptyTerms,
            EmptyLists = emptyLists,
            Status = FitStatus.Ok,
            Cells = cells,
            Design = design,
        };

        if (cells.Count < columns || PoissonRegression.Rank(design) < columns)
        {
            return result with
            {
                Status = FitStatus.NotIdentifiable,
                Problem = "the model is not identifiable: it has more parameters than the data can separate (for example an interaction between lists whose other overlaps are all empty)",
            };
        }

        if (!EstimateExists(design, cells.Select(c => table[c]).ToArray()))
        {
            return result with
            {
                Status = FitStatus.DoesNotExist,
                Problem = "the maximum likelihood estimate does not exist for this model on these data (some fitted counts would have to be zero)",
            };
        }

        return result;
    }

    /// <summary>
    /// Fienberg–Rinaldo linear program as in SparseMSE's checkident: the estimate exists iff the sufficient statistics
    /// t = Aᵀy are reached by a strictly positive table, i.e. max s subject to Aᵀ(u + s·1) = t, u ≥ 0, s ≥ 0 is positive.
    /// </summary>
    private static bool EstimateExists(double[,] design, double[] y)
    {
        var n = design.GetLength(0);
        var p = design.GetLength(1);
        var rows = new double[p][];
        var rhs = new double[p];
        for (var a = 0; a < p; a++)
        {
            var row = new double[n + 1];
            var t = 0.0;
            var ones = 0.0;
            for (var i = 0; i < n; i++)
            {
                row[i] = design[i, a];
                t += design[i, a] * y[i];
                ones += design[i, a];
            }

            row[n] = ones;
            rows[a] = row;
            rhs[a] = t;
        }

        var lp = new EqualityLinearProgram(rows, rhs, n + 1);
        if (!lp.IsFeasible)
        {
            return false;
        }

        var objective = new double[n + 1];
        objective[n] = 1;
        var best = lp.Maximize(objective);
        // Scale-aware zero: the total count bounds every coordinate.
        var scale = Math.Max(1, y.Sum());
        return best.Status == LpStatus.Unbounded || (best.Status == LpStatus.Optimal && best.Value > 1e-9 * scale);
    }

    private static List<string> ColumnNames(CaptureTable table, MseFit built)
    {
        var emptyListMask = built.EmptyLists.Aggregate(0, (m, j) => m | (1 << j));
        var names = new List<string> { "(Intercept)" };
        names.AddRange(Enumerable.Range(0, table.ListCount).Where(j => (emptyListMask & (1 << j)) == 0).Select(j => table.Lists[j]));
        names.AddRange(built.Terms.Where(t => (t & emptyListMask) == 0 && !built.EmptyTerms.Contains(t)).Select(table.TermName));
        return names;
    }
}
