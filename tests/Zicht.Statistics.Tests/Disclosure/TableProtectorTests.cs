using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Zicht.Statistics.Disclosure;

namespace Zicht.Statistics.Tests.Disclosure;

public sealed class TableProtectorTests
{
    private static CountTable TwoWay(double[,] counts)
    {
        var rows = counts.GetLength(0);
        var cols = counts.GetLength(1);
        var flat = new double[rows * cols];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                flat[(r * cols) + c] = counts[r, c];
            }
        }

        return new CountTable(["region", "form"], [Enumerable.Range(0, rows).Select(i => $"r{i}").ToArray(), Enumerable.Range(0, cols).Select(i => $"c{i}").ToArray()], flat);
    }

    [Fact]
    public void A_small_cell_in_a_two_way_table_gets_a_rectangle_of_secondary_suppressions()
    {
        var table = TableProtector.Protect(TwoWay(new double[,] { { 3, 40, 55 }, { 25, 30, 60 }, { 44, 12, 70 } }));
        Assert.Equal(CellStatus.Primary, table.Cell("r0", "c0").Status);
        Assert.Null(table.Cell("r0", "c0").Published);
        Assert.Equal(1, table.PrimaryCount);
        Assert.Equal(3, table.SecondaryCount);
        Assert.True(table.AuditPassed);
        // Row r0 and column c0 each hold a second suppressed cell, and the totals are still published.
        Assert.Equal(2, table.Cells.Count(c => c.Categories[0] == "r0" && c.Status != CellStatus.Safe));
        Assert.Equal(2, table.Cells.Count(c => c.Categories[1] == "c0" && c.Status != CellStatus.Safe));
        Assert.Equal(98, table.Cell("r0", ProtectedTable.TotalLabel).Published);
        Assert.Contains("fewer than 10", table.Footnote);
    }

    [Fact]
    public void Audit_gives_the_textbook_interval_of_a_fully_suppressed_two_by_two_table()
    {
        // With only margins known (rows 30, 50; columns 45, 35), a ∈ [max(0, r1 − c2), min(r1, c1)] = [0, 30].
        var layout = new TableLayout([2, 2]);
        var values = layout.WithMargins([12, 18, 33, 17]);
        var interior = layout.InteriorCells().ToHashSet();
        var audit = SuppressionAudit.Compute(layout, values, interior);
        var a = layout.InteriorCells().First();
        Assert.Equal(new FeasibleInterval(0, 30), audit[a]);
        var d = layout.InteriorCells().Last();
        // d = c2 − r1 + a ∈ [35 − 30 + 0, 35 − 30 + 30] ∩ [0, min(r2, c2)] = [5, 35].
        Assert.Equal(new FeasibleInterval(5, 35), audit[d]);
    }

    [Fact]
    public void A_one_dimensional_table_with_a_total_suppresses_a_second_cell()
    {
        var table = TableProtector.Protect(new CountTable(["year"], [["2023", "2024", "2025"]], [4, 120, 80]));
        Assert.Equal(CellStatus.Primary, table.Cell("2023").Status);
        Assert.Equal(CellStatus.Secondary, table.Cell("2025").Status);
        Assert.Equal(204, table.Cell(ProtectedTable.TotalLabel).Published);
        Assert.True(table.Cell("2023").FeasibleUpper - table.Cell("2023").FeasibleLower >= 10);
    }

    [Fact]
    public void Dominance_rule_suppresses_a_cell_dominated_by_one_contributor()
    {
        var counts = new double[] { 100, 120 };
        var table = new CountTable(["kind"], [["a", "b"]], counts, [[90, 5, 5], [40, 40, 40]]);
        var protectedTable = TableProtector.Protect(table, new SdcOptions { DominanceShare = 0.8 });
        Assert.Equal(CellStatus.Primary, protectedTable.Cell("a").Status);
        Assert.NotEqual(CellStatus.Primary, protectedTable.Cell("b").Status);
    }

    [Fact]
    public void Rounding_publishes_multiples_of_the_base_and_says_so()
    {
        var table = TableProtector.Protect(TwoWay(new double[,] { { 13, 40 }, { 26, 31 } }), new SdcOptions { RoundingBase = 5 });
        Assert.All(table.Cells.Where(c => c.Published is not null), c => Assert.Equal(0, c.Published!.Value % 5));
        Assert.Equal(15, table.Cell("r0", "c0").Published);
        Assert.Contains("multiples of 5", table.Footnote);
    }

    [Fact]
    public void Percentages_and_averages_need_a_published_denominator_of_at_least_the_threshold()
    {
        var table = TableProtector.Protect(TwoWay(new double[,] { { 3, 40, 55 }, { 25, 30, 60 }, { 44, 12, 70 } }));
        var total = table.Cell("r1", ProtectedTable.TotalLabel);
        Assert.Equal(100.0 * 60 / 115, DerivedFigures.Percentage(table.Cell("r1", "c2"), total, 10)!.Value, 10);
        Assert.Null(DerivedFigures.Percentage(table.Cell("r1", "c2"), table.Cell("r0", "c0"), 10));
        Assert.Null(DerivedFigures.Average(50, table.Cell("r0", "c0"), 10));
        Assert.Equal(2.5, DerivedFigures.Average(250, total, 10)!.Value - (250.0 / 115) + 2.5, 10);
    }

    [Property(MaxTest = 40)]
    public Property Suppression_never_publishes_a_cell_under_the_threshold(NonEmptyArray<NonNegativeInt> raw)
    {
        var table = TableProtector.Protect(RandomTable(raw.Get, 3));
        return table.Cells.All(c => c.Published is null || c.Published == 0 || c.Published >= 10).ToProperty();
    }

    [Property(MaxTest = 40)]
    public Property Recomputation_intervals_of_primary_cells_are_wider_than_the_margin(NonEmptyArray<NonNegativeInt> raw)
    {
        var table = TableProtector.Protect(RandomTable(raw.Get, 2));
        var ok = !table.AuditPassed || table.Cells.Where(c => c.Status == CellStatus.Primary)
            .All(c => c.FeasibleUpper - c.FeasibleLower >= 10 - 1e-9);
        return ok.ToProperty();
    }

    [Property(MaxTest = 25)]
    public Property Three_way_tables_are_protected_and_the_true_values_lie_in_their_intervals(NonEmptyArray<NonNegativeInt> raw)
    {
        var source = RandomTable(raw.Get, 3);
        var table = TableProtector.Protect(source);
        var layout = new TableLayout(source.Categories.Select(c => c.Count).ToArray());
        var truth = layout.WithMargins(source.Counts);
        var ok = true;
        for (var cell = 0; cell < layout.CellCount; cell++)
        {
            var c = table.Cells[cell];
            ok &= c.Status == CellStatus.Safe ? c.Published == truth[cell] : c.FeasibleLower <= truth[cell] + 1e-9 && truth[cell] <= c.FeasibleUpper + 1e-9;
        }

        return ok.ToProperty();
    }

    private static CountTable RandomTable(NonNegativeInt[] raw, int dims)
    {
        int[] sizes = dims == 3 ? [3, 3, 2] : [4, 5];
        var size = sizes.Aggregate(1, (a, b) => a * b);
        // Mostly safe counts with some small ones, as in real tables.
        var counts = Enumerable.Range(0, size).Select(i => (double)(raw[i % raw.Length].Get * (i + 7) % 45)).ToArray();
        var categories = sizes.Select((s, d) => (IReadOnlyList<string>)Enumerable.Range(0, s).Select(i => $"d{d}v{i}").ToArray()).ToArray();
        return new CountTable(sizes.Select((_, d) => $"d{d}").ToArray(), categories, counts);
    }
}
