namespace Zicht.Statistics.Disclosure;

/// <summary>
/// A table of counts over one to three (or more) dimensions, without margins: the categories of each dimension and a count
/// per combination, optionally the individual contributions behind each count for the dominance rule.
/// </summary>
public sealed class CountTable
{
    public CountTable(IReadOnlyList<string> dimensions, IReadOnlyList<IReadOnlyList<string>> categories, IReadOnlyList<double> counts, IReadOnlyList<double[]>? contributions = null)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(counts);
        if (dimensions.Count == 0 || dimensions.Count != categories.Count)
        {
            throw new ArgumentException("A table needs at least one dimension, each with its categories.");
        }

        var size = 1;
        for (var d = 0; d < categories.Count; d++)
        {
            if (categories[d].Count == 0)
            {
                throw new ArgumentException($"Dimension '{dimensions[d]}' has no categories.");
            }

            size *= categories[d].Count;
        }

        if (counts.Count != size)
        {
            throw new ArgumentException($"Expected {size} counts (one per combination of categories), got {counts.Count}.");
        }

        for (var i = 0; i < counts.Count; i++)
        {
            if (counts[i] < 0 || double.IsNaN(counts[i]))
            {
                throw new ArgumentException($"Count {counts[i]} at position {i} is negative or missing.");
            }
        }

        if (contributions is not null && contributions.Count != size)
        {
            throw new ArgumentException($"Expected contributions for all {size} cells, got {contributions.Count}.");
        }

        Dimensions = dimensions.ToArray();
        Categories = categories.Select(c => (IReadOnlyList<string>)c.ToArray()).ToArray();
        Counts = counts.ToArray();
        Contributions = contributions?.ToArray();
    }

    public IReadOnlyList<string> Dimensions { get; }

    public IReadOnlyList<IReadOnlyList<string>> Categories { get; }

    /// <summary>Counts in row-major order over the categories (last dimension fastest).</summary>
    public IReadOnlyList<double> Counts { get; }

    public IReadOnlyList<double[]>? Contributions { get; }

    /// <summary>Builds a table from long-form rows (one category per dimension and a count); repeated combinations add up.</summary>
    public static CountTable FromRows(IReadOnlyList<string> dimensions, IEnumerable<(string[] Categories, double Count)> rows)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToList();
        var categories = new List<string>[dimensions.Count];
        for (var d = 0; d < dimensions.Count; d++)
        {
            categories[d] = list.Select(r => r.Categories[d]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        }

        var index = categories.Select(c => c.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i, StringComparer.Ordinal)).ToArray();
        var size = categories.Aggregate(1, (s, c) => s * c.Count);
        var counts = new double[size];
        foreach (var (cats, count) in list)
        {
            var flat = 0;
            for (var d = 0; d < dimensions.Count; d++)
            {
                flat = (flat * categories[d].Count) + index[d][cats[d]];
            }

            counts[flat] += count;
        }

        return new CountTable(dimensions, categories, counts);
    }
}
