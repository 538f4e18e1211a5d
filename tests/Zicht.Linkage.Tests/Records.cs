using Zicht.Linkage.Data;
using Zicht.Linkage.Settings;

namespace Zicht.Linkage.Tests;

/// <summary>Small hand-made datasets for the comparison and blocking tests.</summary>
internal static class Records
{
    public static readonly string[] Columns = ["id", "first_name", "last_name", "dob", "postcode"];

    public static LinkageSettings PersonSettings(params BlockingRuleSettings[] blocking) => new()
    {
        Comparisons =
        [
            new ComparisonSettings { Name = "first", Type = ComparisonType.Name, Column = "first_name", SwapWith = "last_name", TermFrequency = true },
            new ComparisonSettings { Name = "last", Type = ComparisonType.Name, Column = "last_name", SwapWith = "first_name", TermFrequency = true },
            new ComparisonSettings { Name = "dob", Type = ComparisonType.Date, Column = "dob" },
            new ComparisonSettings { Name = "postcode", Type = ComparisonType.Postcode, Column = "postcode" },
        ],
        Blocking = blocking.Length > 0 ? blocking : [Rule("dob")],
    };

    public static BlockingRuleSettings Rule(params string[] columns) =>
        new() { Keys = [.. columns.Select(c => new BlockingKeySettings { Column = c })] };

    public static LinkageDataset Dataset(LinkageSettings settings, params string?[][] rows)
    {
        var data = LinkageDataset.Create(settings, Columns);
        foreach (var row in rows)
        {
            data.Add(row[0]!, row);
        }

        return data;
    }

    /// <summary>The level label comparison <paramref name="comparison"/> gives records 0 and 1.</summary>
    public static string Level(LinkageDataset data, int comparison, int a = 0, int b = 1)
    {
        var column = data.Comparisons[comparison];
        return column.Labels[column.Level(a, b)];
    }
}
