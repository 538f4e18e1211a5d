namespace Zicht.Cli.Commands.Linkage;

/// <summary>
/// Shares one string among the cells of a column that hold the same value, for columns with few distinct values (a
/// sex, a nationality, a year, a keyed hash of an initial): a million rows then hold a few hundred strings there
/// instead of a million. A column that shows more distinct values than <see cref="MaxDistinct"/> is left alone.
/// </summary>
internal sealed class CellPools(int columns)
{
    public const int MaxDistinct = 4096;

    private readonly Dictionary<string, string>?[] _pools = [.. Enumerable.Range(0, columns).Select(_ => new Dictionary<string, string>(StringComparer.Ordinal))];

    /// <summary>The shared instance of <paramref name="value"/> in column <paramref name="column"/>, or the value itself.</summary>
    public string Share(int column, string value)
    {
        var pool = _pools[column];
        if (pool is null)
        {
            return value;
        }

        if (pool.TryGetValue(value, out var shared))
        {
            return shared;
        }

        if (pool.Count >= MaxDistinct)
        {
            // Many distinct values: sharing would save little and cost a dictionary as large as the column.
            _pools[column] = null;
            return value;
        }

        pool.Add(value, value);
        return value;
    }
}
