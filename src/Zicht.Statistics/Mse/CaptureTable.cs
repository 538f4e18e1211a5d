namespace Zicht.Statistics.Mse;

/// <summary>
/// Counts of persons per capture pattern over k lists. A pattern is a bit mask: bit j set means "on list j".
/// Pattern 0 (on no list) is the hidden number and is never observed.
/// </summary>
public sealed class CaptureTable
{
    /// <summary>The most lists a table may have: 2^16 − 1 cells is far beyond any real monitor.</summary>
    public const int MaxLists = 16;

    private readonly double[] _counts;

    /// <summary>Creates a table from list names and a count per pattern (index = pattern mask; index 0 is ignored).</summary>
    public CaptureTable(IReadOnlyList<string> lists, IReadOnlyList<double> countsByPattern)
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentNullException.ThrowIfNull(countsByPattern);
        if (lists.Count < 2)
        {
            throw new ArgumentException($"Multiple systems estimation needs at least two lists; got {lists.Count}.", nameof(lists));
        }

        if (lists.Count > MaxLists)
        {
            throw new ArgumentException($"At most {MaxLists} lists are supported; got {lists.Count}.", nameof(lists));
        }

        var cells = 1 << lists.Count;
        if (countsByPattern.Count != cells)
        {
            throw new ArgumentException($"Expected {cells} pattern counts for {lists.Count} lists, got {countsByPattern.Count}.", nameof(countsByPattern));
        }

        _counts = new double[cells];
        for (var m = 1; m < cells; m++)
        {
            var c = countsByPattern[m];
            if (c < 0 || double.IsNaN(c) || double.IsInfinity(c))
            {
                throw new ArgumentException($"Pattern {PatternName(lists, m)} has count {c}; counts must be zero or more.", nameof(countsByPattern));
            }

            _counts[m] = c;
            Observed += c;
        }

        Lists = lists.ToArray();
    }

    /// <summary>The list names, in bit order.</summary>
    public IReadOnlyList<string> Lists { get; }

    /// <summary>Number of lists k.</summary>
    public int ListCount => Lists.Count;

    /// <summary>Number of possible observed patterns, 2^k − 1.</summary>
    public int PatternCount => _counts.Length - 1;

    /// <summary>Total number of persons on at least one list.</summary>
    public double Observed { get; }

    /// <summary>Count of persons with exactly this pattern.</summary>
    public double this[int pattern] => _counts[pattern];

    /// <summary>Builds a table from (pattern, count) rows; repeated patterns are added up.</summary>
    public static CaptureTable FromPatterns(IReadOnlyList<string> lists, IEnumerable<(int Pattern, double Count)> rows)
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentNullException.ThrowIfNull(rows);
        var counts = new double[1 << lists.Count];
        foreach (var (pattern, count) in rows)
        {
            if (pattern <= 0 || pattern >= counts.Length)
            {
                throw new ArgumentException($"Pattern {pattern} is not a pattern of {lists.Count} lists (the all-zero pattern cannot be observed).", nameof(rows));
            }

            counts[pattern] += count;
        }

        return new CaptureTable(lists, counts);
    }

    /// <summary>The same lists with other counts (bootstrap replicates).</summary>
    public CaptureTable WithCounts(IReadOnlyList<double> countsByPattern) => new(Lists, countsByPattern);

    /// <summary>Persons on all lists of <paramref name="term"/>, whatever other lists they are on (N* of Chan et al.).</summary>
    public double OverlapTotal(int term)
    {
        var total = 0.0;
        for (var m = 1; m < _counts.Length; m++)
        {
            if ((m & term) == term)
            {
                total += _counts[m];
            }
        }

        return total;
    }

    /// <summary>A copy of the counts by pattern (index 0 is zero).</summary>
    public double[] ToArray() => (double[])_counts.Clone();

    /// <summary>Readable name of a term or pattern, for example "LA:NG".</summary>
    public string TermName(int term) => PatternName(Lists, term);

    private static string PatternName(IReadOnlyList<string> lists, int mask) =>
        string.Join(':', Enumerable.Range(0, lists.Count).Where(j => (mask & (1 << j)) != 0).Select(j => lists[j]));
}
