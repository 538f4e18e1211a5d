namespace Zicht.Statistics.Disclosure;

/// <summary>A table ready to leave the statistics layer: every cell with its status and published value, and the footnote.</summary>
public sealed record ProtectedTable(
    IReadOnlyList<string> Dimensions,
    IReadOnlyList<ProtectedCell> Cells,
    string Footnote,
    int PrimaryCount,
    int SecondaryCount,
    bool AuditPassed)
{
    public const string TotalLabel = "Total";

    /// <summary>The cell with these categories (use "Total" for a margin).</summary>
    public ProtectedCell Cell(params string[] categories) =>
        Cells.FirstOrDefault(c => c.Categories.SequenceEqual(categories, StringComparer.Ordinal))
        ?? throw new KeyNotFoundException($"No cell ({string.Join(", ", categories)}).");
}
