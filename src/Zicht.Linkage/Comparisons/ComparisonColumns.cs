using Zicht.Linkage.Settings;

namespace Zicht.Linkage.Comparisons;

/// <summary>Creates the prepared column of each comparison and pairs the name fields that may be swapped.</summary>
internal static class ComparisonColumns
{
    /// <summary>The most levels a comparison may have, "missing" not counted.</summary>
    public const int MaxLevels = 15;

    public static ComparisonColumn[] Create(IReadOnlyList<ResolvedComparison> resolved)
    {
        var columns = resolved.Select(Create).ToArray();
        foreach (var column in columns.Where(c => c.LevelCount > MaxLevels))
        {
            // Level patterns are counted four bits a comparison (LevelPattern): a sixteenth level would spill into the next.
            throw new LinkageSettingsException(
                $"settings: comparison '{column.Settings.Name}' has {column.LevelCount} levels; at most {MaxLevels} are supported (give fewer thresholds).");
        }

        for (var i = 0; i < columns.Length; i++)
        {
            var swap = resolved[i].Settings.SwapWith;
            if (swap is null)
            {
                continue;
            }

            var partner = Array.FindIndex(resolved.ToArray(), r => string.Equals(r.Settings.Column, swap, StringComparison.OrdinalIgnoreCase));
            switch (columns[i])
            {
                case NameColumn n when partner >= 0 && columns[partner] is NameColumn p:
                    n.SwapPartner = p;
                    n.SwapCountedByPartner = partner < i && p.Settings.SwapWith is not null;
                    break;
                case BloomColumn b when partner >= 0 && columns[partner] is BloomColumn p:
                    b.SwapPartner = p;
                    b.SwapCountedByPartner = partner < i && p.Settings.SwapWith is not null;
                    break;
                default:
                    throw new LinkageSettingsException(
                        $"settings: comparison '{resolved[i].Settings.Name}': swap_with '{swap}' needs a comparison of the same kind on that column.");
            }
        }

        for (var i = 0; i < columns.Length; i++)
        {
            if (resolved[i].Settings.DeferTo is { } name && columns[i] is BirthYearColumn year)
            {
                year.DeferTo = columns.First(c => string.Equals(c.Settings.Name, name, StringComparison.OrdinalIgnoreCase));
            }
        }

        return columns;
    }

    private static ComparisonColumn Create(ResolvedComparison r)
    {
        if (r.Settings.Type == ComparisonType.BirthYear)
        {
            return BirthYearColumn.Create(r);
        }

        if (r.Encoded)
        {
            return BloomColumn.Create(r);
        }

        return r.Settings.Type switch
        {
            ComparisonType.Name => NameColumn.Create(r),
            ComparisonType.Date => DateColumn.Create(r),
            ComparisonType.Number => NumberColumn.Create(r),
            ComparisonType.Postcode => PostcodeColumn.Create(r),
            ComparisonType.Text => TextColumn.Create(r),
            ComparisonType.String or ComparisonType.Identifier or ComparisonType.Category => StringColumn.Create(r),
            _ => throw new LinkageSettingsException($"settings: comparison '{r.Settings.Name}': type {r.Settings.Type} needs a Bloom filter column."),
        };
    }
}
