using Zicht.Linkage.Blocking;
using Zicht.Linkage.Comparisons;
using Zicht.Linkage.Settings;

namespace Zicht.Linkage.Data;

/// <summary>
/// Records prepared for linkage: each distinct value normalised once (names, n-grams, dates, filters) and every
/// blocking key hashed once. Records come from one source (deduplication) or two (linking, source 0 and 1).
/// Adding is not thread-safe; reading is.
/// </summary>
public sealed class LinkageDataset
{
    private readonly List<string> _ids = [];
    private readonly List<byte> _sources = [];
    private readonly Dictionary<(byte, string), int> _index = [];
    private readonly int[] _sourceCounts = new int[2];

    private LinkageDataset(LinkageSettings settings, IReadOnlyList<string> columns)
    {
        settings.Validate([.. columns]);
        Settings = settings;
        Columns = [.. columns];
        var resolver = new ColumnResolver(columns);
        Comparisons = ComparisonColumns.Create([.. settings.Comparisons.Select(resolver.Comparison)]);
        Keys = [.. settings.Blocking.Select((rule, i) => new BlockingKeyColumn(rule, [.. rule.Keys.Select(k => resolver.Key(k, settings.Comparisons, i + 1))]))];
        // A swap partner is read only to recognise swapped names, which a rule on that partner does not make certain.
        ComparisonReads = [.. Comparisons.Select(c => new[] { c.Resolved.Column, c.Resolved.SwapKeyColumn, c.Resolved.AgeColumn, c.Resolved.ReferenceColumn, c.Resolved.PartsColumn }.Where(x => x >= 0).ToArray())];
    }

    public LinkageSettings Settings { get; }

    public IReadOnlyList<string> Columns { get; }

    public int Count => _ids.Count;

    internal ComparisonColumn[] Comparisons { get; }

    internal BlockingKeyColumn[] Keys { get; }

    /// <summary>Per comparison, the column positions whose agreement it measures.</summary>
    internal int[][] ComparisonReads { get; }

    /// <summary>Whether records come from two sources, so only pairs across them count.</summary>
    public bool IsLinking => _sourceCounts[1] > 0;

    /// <summary>An empty dataset for files or records with these columns; throws <see cref="LinkageSettingsException"/> when the settings do not fit.</summary>
    public static LinkageDataset Create(LinkageSettings settings, IReadOnlyList<string> columns) => new(settings, columns);

    public string Id(int record) => _ids[record];

    public int Source(int record) => _sources[record];

    public int SourceCount(int source) => _sourceCounts[source];

    /// <summary>The position of a record by source and identifier, or -1.</summary>
    public int IndexOf(string id, int source = 0) => _index.TryGetValue(((byte)source, id), out var i) ? i : -1;

    /// <summary>Adds one record; its values are in the order of <see cref="Columns"/>.</summary>
    public int Add(string id, IReadOnlyList<string?> row, int source = 0)
    {
        Register(id, source);
        foreach (var c in Comparisons)
        {
            c.Add(row);
        }

        foreach (var k in Keys)
        {
            k.Add(row);
        }

        return _ids.Count - 1;
    }

    /// <summary>Adds many records, preparing the comparisons and keys side by side on all cores.</summary>
    public void AddRange(IReadOnlyList<string> ids, IReadOnlyList<IReadOnlyList<string?>> rows, int source = 0)
    {
        if (ids.Count != rows.Count)
        {
            throw new ArgumentException($"{ids.Count} identifiers for {rows.Count} rows.", nameof(ids));
        }

        foreach (var id in ids)
        {
            Register(id, source);
        }

        var work = Comparisons.Select(c => (Action<IReadOnlyList<string?>>)c.Add)
            .Concat(Keys.Select(k => (Action<IReadOnlyList<string?>>)k.Add))
            .ToArray();
        Parallel.ForEach(work, add =>
        {
            foreach (var row in rows)
            {
                add(row);
            }
        });
    }

    private void Register(string id, int source)
    {
        if (source is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(source), source, "a source is 0 (left) or 1 (right).");
        }

        if (!_index.TryAdd(((byte)source, id), _ids.Count))
        {
            throw new ArgumentException($"record identifier '{id}' appears more than once{(source == 1 ? " in the right-hand file" : string.Empty)}.", nameof(id));
        }

        _ids.Add(id);
        _sources.Add((byte)source);
        _sourceCounts[source]++;
    }
}
