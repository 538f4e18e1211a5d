namespace Zicht.Statistics.LinearProgramming;

/// <summary>
/// A linear program in equality form, A x = b with x ≥ 0, solved by a dense two-phase primal simplex.
/// Phase 1 runs once; <see cref="Maximize"/> then starts every objective from the last optimal basis,
/// which makes many objectives over the same constraints (the disclosure audit) cheap.
/// </summary>
public sealed class EqualityLinearProgram
{
    private const double Eps = 1e-9;
    private readonly int _n;
    private double[][] _rows;
    private int[] _basis;

    /// <summary>Sets up the constraints and finds a first feasible basis.</summary>
    /// <param name="a">Constraint rows, each of length <paramref name="variables"/>.</param>
    /// <param name="b">Right-hand sides.</param>
    /// <param name="variables">Number of variables.</param>
    public EqualityLinearProgram(IReadOnlyList<double[]> a, IReadOnlyList<double> b, int variables)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count)
        {
            throw new ArgumentException("The constraint matrix and right-hand side differ in length.", nameof(b));
        }

        _n = variables;
        var m = a.Count;
        // Columns: the variables, then one artificial per row, then the right-hand side.
        var width = _n + m + 1;
        _rows = new double[m][];
        _basis = new int[m];
        for (var i = 0; i < m; i++)
        {
            if (a[i].Length != _n)
            {
                throw new ArgumentException($"Constraint row {i} has {a[i].Length} entries, expected {_n}.", nameof(a));
            }

            var sign = b[i] < 0 ? -1.0 : 1.0;
            var row = new double[width];
            for (var j = 0; j < _n; j++)
            {
                row[j] = sign * a[i][j];
            }

            row[_n + i] = 1;
            row[width - 1] = sign * b[i];
            _rows[i] = row;
            _basis[i] = _n + i;
        }

        // Phase 1: minimise the sum of artificials, i.e. maximise its negative.
        var phase1 = new double[width - 1];
        for (var i = 0; i < m; i++)
        {
            phase1[_n + i] = -1;
        }

        var status = Run(phase1, width - 1, out var value);
        var scale = 1.0 + b.Sum(Math.Abs);
        IsFeasible = status == LpStatus.Optimal && value > -1e-7 * scale;
        if (IsFeasible)
        {
            DropArtificials();
        }
    }

    /// <summary>Whether any x ≥ 0 satisfies the constraints.</summary>
    public bool IsFeasible { get; }

    /// <summary>Maximises c·x over the feasible set, starting from the current basis.</summary>
    public LpSolution Maximize(IReadOnlyList<double> c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (!IsFeasible)
        {
            return new LpSolution(LpStatus.Infeasible, double.NaN, []);
        }

        var objective = new double[_n];
        for (var j = 0; j < _n; j++)
        {
            objective[j] = c[j];
        }

        var status = Run(objective, _n, out var value);
        if (status != LpStatus.Optimal)
        {
            return new LpSolution(status, double.NaN, []);
        }

        var x = new double[_n];
        var rhs = _rows.Length == 0 ? 0 : _rows[0].Length - 1;
        for (var i = 0; i < _rows.Length; i++)
        {
            if (_basis[i] < _n)
            {
                x[_basis[i]] = _rows[i][rhs];
            }
        }

        return new LpSolution(LpStatus.Optimal, value, x);
    }

    /// <summary>Minimises c·x over the feasible set.</summary>
    public LpSolution Minimize(IReadOnlyList<double> c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var negated = c.Select(v => -v).ToArray();
        var max = Maximize(negated);
        return max.Status == LpStatus.Optimal ? max with { Value = -max.Value } : max;
    }

    private LpStatus Run(double[] c, int columns, out double value)
    {
        var m = _rows.Length;
        var rhs = m == 0 ? 0 : _rows[0].Length - 1;
        // Reduced costs d_j = c_j − c_B·column_j; the objective row is kept up to date through pivots.
        var d = new double[columns];
        for (var j = 0; j < columns; j++)
        {
            d[j] = c[j];
        }

        var objective = 0.0;
        for (var i = 0; i < m; i++)
        {
            var cb = _basis[i] < c.Length ? c[_basis[i]] : 0;
            if (cb == 0)
            {
                continue;
            }

            var row = _rows[i];
            for (var j = 0; j < columns; j++)
            {
                d[j] -= cb * row[j];
            }

            objective += cb * row[rhs];
        }

        var degenerate = 0;
        var maxIterations = 50 * (m + columns) + 1000;
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            // Dantzig's rule, falling back to Bland's after a run of degenerate pivots to rule out cycling.
            var bland = degenerate > 50;
            var entering = -1;
            var best = Eps;
            for (var j = 0; j < columns; j++)
            {
                if (d[j] > best)
                {
                    entering = j;
                    if (bland)
                    {
                        break;
                    }

                    best = d[j];
                }
            }

            if (entering < 0)
            {
                value = objective;
                return LpStatus.Optimal;
            }

            var leaving = -1;
            var ratio = double.PositiveInfinity;
            for (var i = 0; i < m; i++)
            {
                var aij = _rows[i][entering];
                if (aij > Eps)
                {
                    var r = _rows[i][rhs] / aij;
                    if (r < ratio - 1e-12 || (r <= ratio + 1e-12 && leaving >= 0 && _basis[i] < _basis[leaving]))
                    {
                        ratio = r;
                        leaving = i;
                    }
                }
            }

            if (leaving < 0)
            {
                value = double.PositiveInfinity;
                return LpStatus.Unbounded;
            }

            degenerate = ratio <= 1e-12 ? degenerate + 1 : 0;
            Pivot(leaving, entering);
            var factor = d[entering];
            if (factor != 0)
            {
                var prow = _rows[leaving];
                for (var j = 0; j < columns; j++)
                {
                    d[j] -= factor * prow[j];
                }

                objective += factor * prow[rhs];
            }
        }

        throw new InvalidOperationException("The simplex method did not finish within its iteration limit.");
    }

    private void Pivot(int r, int col)
    {
        var prow = _rows[r];
        var width = prow.Length;
        var inv = 1.0 / prow[col];
        for (var j = 0; j < width; j++)
        {
            prow[j] *= inv;
        }

        prow[col] = 1;
        for (var i = 0; i < _rows.Length; i++)
        {
            if (i == r)
            {
                continue;
            }

            var row = _rows[i];
            var f = row[col];
            if (f == 0)
            {
                continue;
            }

            for (var j = 0; j < width; j++)
            {
                row[j] -= f * prow[j];
            }

            row[col] = 0;
        }

        _basis[r] = col;
    }

    private void DropArtificials()
    {
        var keep = new List<int>();
        for (var i = 0; i < _rows.Length; i++)
        {
            if (_basis[i] >= _n)
            {
                // An artificial still basic at level zero: swap in any real column, or the row is redundant.
                var col = -1;
                for (var j = 0; j < _n; j++)
                {
                    if (Math.Abs(_rows[i][j]) > 1e-7)
                    {
                        col = j;
                        break;
                    }
                }

                if (col < 0)
                {
                    continue;
                }

                Pivot(i, col);
            }

            keep.Add(i);
        }

        var rows = new double[keep.Count][];
        var basis = new int[keep.Count];
        for (var k = 0; k < keep.Count; k++)
        {
            var old = _rows[keep[k]];
            var row = new double[_n + 1];
            Array.Copy(old, row, _n);
            row[_n] = old[^1];
            rows[k] = row;
            basis[k] = _basis[keep[k]];
        }

        _rows = rows;
        _basis = basis;
    }
}
