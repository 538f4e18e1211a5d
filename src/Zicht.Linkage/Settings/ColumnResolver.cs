namespace Zicht.Linkage.Settings;

/// <summary>Finds the columns that settings refer to, in clear or encoded form (<see cref="EncodedColumns"/>), so one settings file serves both.</summary>
internal sealed class ColumnResolver
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    public ColumnResolver(IEnumerable<string> columns)
    {
        var i = 0;
        foreach (var c in columns)
        {
            _index.TryAdd(c.Trim(), i);
            i++;
        }
    }

    public int Find(string column) => _index.TryGetValue(column, out var i) ? i : -1;

    public ResolvedComparison Comparison(ComparisonSettings c)
    {
        if (c.Type == ComparisonType.Bloom)
        {
            var col = Find(c.Column) is >= 0 and var direct ? direct : Find(EncodedColumns.Bloom(c.Column));
            if (col < 0)
            {
                throw Missing(c.Column, $"comparison '{c.Name}'");
            }

            return new ResolvedComparison(c, col, Encoded: true, SwapColumn(c, encoded: true), -1);
        }

        var clear = Find(c.Column);
        if (clear >= 0)
        {
            var resolved = new ResolvedComparison(c, clear, Encoded: false, SwapColumn(c, encoded: false), -1)
            {
                MarriedColumn = c.MarriedName is { } married ? Optional(married.Column, c, "married_name column") : -1,
            };
            return c.Type == ComparisonType.BirthYear
                ? resolved with { AgeColumn = Optional(c.AgeColumn, c, "age_column"), ReferenceColumn = Optional(c.ReferenceColumn, c, "reference_column") }
                : resolved;
        }

        var encoded = Find(EncodedColumns.Bloom(c.Column));
        if (encoded >= 0)
        {
            var swapKey = c.Type == ComparisonType.Date ? Find(EncodedColumns.Key(c.Column, BlockingTransform.Swap)) : -1;
            var parts = c.Type == ComparisonType.Name ? Find(EncodedColumns.Parts(c.Column)) : -1;
            // An encoded file carries whether a surname may be a married name as its own column; without it the level is not used.
            var married = c.MarriedName is not null ? Find(EncodedColumns.Married(c.Column)) : -1;
            var edits = c.Type == ComparisonType.Name ? Find(EncodedColumns.Edits(c.Column)) : -1;
            return new ResolvedComparison(c, encoded, Encoded: true, SwapColumn(c, encoded: true), swapKey) { PartsColumn = parts, EditsColumn = edits, MarriedColumn = married };
        }

        throw Missing(c.Column, $"comparison '{c.Name}'");
    }

    public ResolvedKey Key(BlockingKeySettings key, IReadOnlyList<ComparisonSettings> comparisons, int rule)
    {
        var kind = comparisons.FirstOrDefault(c => string.Equals(c.Column, key.Column, StringComparison.OrdinalIgnoreCase))?.Type ?? ComparisonType.String;
        if (key.Transform == BlockingTransform.Lsh)
        {
            var bloom = key.Column.EndsWith(EncodedColumns.BloomSuffix, StringComparison.Ordinal) || key.Column == EncodedColumns.RecordLevel || kind == ComparisonType.Bloom
                ? Find(key.Column)
                : Find(EncodedColumns.Bloom(key.Column));
            if (bloom < 0)
            {
                throw new LinkageSettingsException($"settings: blocking rule {rule}: lsh needs a Bloom filter column; neither '{key.Column}' nor '{EncodedColumns.Bloom(key.Column)}' is in the file.");
            }

            return new ResolvedKey(bloom, key.Transform, ComparisonType.Bloom, Precomputed: false, key.Bits ?? 16, key.Seed ?? 1);
        }

        var clear = Find(key.Column);
        if (clear >= 0 && !(kind == ComparisonType.Bloom))
        {
            return new ResolvedKey(clear, key.Transform, kind, Precomputed: false, key.Bits ?? 16, key.Seed ?? 1);
        }

        var hashed = Find(EncodedColumns.Key(key.Column, key.Transform));
        if (hashed >= 0)
        {
            return new ResolvedKey(hashed, BlockingTransform.Exact, ComparisonType.Identifier, Precomputed: true, 16, 1);
        }

        throw new LinkageSettingsException(
            $"settings: blocking rule {rule}: column '{key.Column}' is not in the file (nor its keyed hash '{EncodedColumns.Key(key.Column, key.Transform)}').");
    }

    private int SwapColumn(ComparisonSettings c, bool encoded)
    {
        if (c.SwapWith is null)
        {
            return -1;
        }

        var col = encoded ? Find(EncodedColumns.Bloom(c.SwapWith)) : Find(c.SwapWith);
        if (col < 0 && encoded)
        {
            col = Find(c.SwapWith);
        }

        return col >= 0 ? col : throw Missing(c.SwapWith, $"comparison '{c.Name}' swap_with");
    }

    /// <summary>An extra column a comparison reads (clear files only: an encoded file holds the result in its filter).</summary>
    private int Optional(string? column, ComparisonSettings c, string setting)
    {
        if (column is null)
        {
            return -1;
        }

        var i = Find(column);
        return i >= 0 ? i : throw new LinkageSettingsException($"settings: comparison '{c.Name}' {setting}: column '{column}' is not in the file.");
    }

    private static LinkageSettingsException Missing(string column, string where) =>
        new($"settings: {where}: column '{column}' is not in the file (nor its encoding '{EncodedColumns.Bloom(column)}').");
}
