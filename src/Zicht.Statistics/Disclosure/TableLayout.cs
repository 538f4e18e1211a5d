namespace Zicht.Statistics.Disclosure;

/// <summary>
/// A table with margins laid out flat: each dimension has its categories plus a total index, and every line (a cell of the
/// other dimensions, along one dimension) gives the equation Σ interior = total.
/// </summary>
public sealed class TableLayout
{
    public TableLayout(IReadOnlyList<int> sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        Sizes = sizes.ToArray();
        var d = Sizes.Count;
        Extents = Sizes.Select(s => s + 1).ToArray();
        var strides = new int[d];
        var stride = 1;
        for (var k = d - 1; k >= 0; k--)
        {
            strides[k] = stride;
            stride *= Extents[k];
        }

        Strides = strides;
        CellCount = stride;
        Equations = BuildEquations();
        var of = new List<int>[CellCount];
        for (var e = 0; e < Equations.Count; e++)
        {
            foreach (var cell in Equations[e].Members.Append(Equations[e].Total))
            {
                (of[cell] ??= []).Add(e);
            }
        }

        _equationsOf = of.Select(l => l?.ToArray() ?? []).ToArray();
    }

    private readonly int[][] _equationsOf;

    /// <summary>Indices into <see cref="Equations"/> of the lines a cell lies on (as member or as total).</summary>
    public IReadOnlyList<int> EquationsOf(int cell) => _equationsOf[cell];

    /// <summary>Categories per dimension (without the total).</summary>
    public IReadOnlyList<int> Sizes { get; }

    /// <summary>Categories plus one total per dimension.</summary>
    public IReadOnlyList<int> Extents { get; }

    public IReadOnlyList<int> Strides { get; }

    public int CellCount { get; }

    /// <summary>Each equation as (members along the line, total cell): Σ value(members) = value(total).</summary>
    public IReadOnlyList<(int[] Members, int Total)> Equations { get; }

    public int[] Coordinates(int cell)
    {
        var c = new int[Sizes.Count];
        for (var k = 0; k < c.Length; k++)
        {
            c[k] = cell / Strides[k] % Extents[k];
        }

        return c;
    }

    public bool IsMargin(int cell)
    {
        var c = Coordinates(cell);
        return c.Where((v, k) => v == Sizes[k]).Any();
    }

    /// <summary>Fills all margins from the interior values.</summary>
    public double[] WithMargins(IReadOnlyList<double> interior)
    {
        ArgumentNullException.ThrowIfNull(interior);
        var values = new double[CellCount];
        var i = 0;
        foreach (var cell in InteriorCells())
        {
            values[cell] = interior[i++];
        }

        // Summing along each dimension in turn fills every margin, the grand total last.
        for (var k = 0; k < Sizes.Count; k++)
        {
            for (var cell = 0; cell < CellCount; cell++)
            {
                var c = Coordinates(cell);
                if (c[k] != Sizes[k])
                {
                    continue;
                }

                var sum = 0.0;
                for (var j = 0; j < Sizes[k]; j++)
                {
                    sum += values[cell - ((Sizes[k] - j) * Strides[k])];
                }

                values[cell] = sum;
            }
        }

        return values;
    }

    /// <summary>Interior cells in row-major order of the categories.</summary>
    public IEnumerable<int> InteriorCells()
    {
        for (var cell = 0; cell < CellCount; cell++)
        {
            if (!IsMargin(cell))
            {
                yield return cell;
            }
        }
    }

    private List<(int[] Members, int Total)> BuildEquations()
    {
        var equations = new List<(int[], int)>();
        for (var k = 0; k < Sizes.Count; k++)
        {
            for (var cell = 0; cell < CellCount; cell++)
            {
                if (Coordinates(cell)[k] != Sizes[k])
                {
                    continue;
                }

                var members = new int[Sizes[k]];
                for (var j = 0; j < Sizes[k]; j++)
                {
                    members[j] = cell - ((Sizes[k] - j) * Strides[k]);
                }

                equations.Add((members, cell));
            }
        }

        return equations;
    }
}
