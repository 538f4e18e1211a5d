using Zicht.Linkage.Settings;

namespace Zicht.Linkage.Comparisons;

/// <summary>
/// One comparison's prepared values for all records: every distinct raw value is normalised once and given an id,
/// records hold ids, and <see cref="Level"/> compares two records by their prepared values. Level 0 means a value
/// is missing; level 1 is identical normalised values; higher levels are weaker agreement; the last is disagreement.
/// </summary>
internal abstract class ComparisonColumn
{
    private readonly Dictionary<string, int> _rawIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _normalIds = new(StringComparer.Ordinal);
    private readonly List<int> _records = [];
    private readonly List<int> _counts = [];

    protected ComparisonColumn(ResolvedComparison resolved, IReadOnlyList<string> labels)
    {
        Resolved = resolved;
        Labels = ["missing", .. labels];
    }

    public ResolvedComparison Resolved { get; }

    public ComparisonSettings Settings => Resolved.Settings;

    /// <summary>Label per level; index 0 is "missing".</summary>
    public string[] Labels { get; }

    /// <summary>
    /// Set on the second of two fields that may be swapped: a swap is one event, weighed once by the first field's
    /// "swapped" level, so here it counts as missing (weight 0) instead of a second time.
    /// </summary>
    public bool SwapCountedByPartner
    {
        get => _swapCountedByPartner;
        set
        {
            _swapCountedByPartner = value;
            Labels[0] = value ? $"missing, or swapped (weighed with {Settings.SwapWith})" : "missing";
        }
    }

    private bool _swapCountedByPartner;

    /// <summary>The level meaning "swapped with the partner field" where this column weighs swaps, else -1.</summary>
    public virtual int SwapLevel => -1;

    /// <summary>The column a value may have been swapped with (first name and surname), if any.</summary>
    public virtual ComparisonColumn? SwapPartnerColumn => null;

    /// <summary>Levels other than missing.</summary>
    public int LevelCount => Labels.Length - 1;

    public int NonMissing { get; private set; }

    public int RecordCount => _records.Count;

    public int ValueId(int record) => _records[record];

    /// <summary>Records holding the value with this id.</summary>
    public int Count(int valueId) => _counts[valueId];

    public void Add(IReadOnlyList<string?> row)
    {
        var id = Intern(RawValue(row));
        _records.Add(id);
        if (id >= 0)
        {
            _counts[id]++;
            NonMissing++;
        }

        AddExtra(row);
    }

    /// <summary>The agreement level of two records (0 when either value is missing).</summary>
    public abstract int Level(int a, int b);

    /// <summary>The record's normalised value, for explanations.</summary>
    public abstract string Show(int record);

    protected virtual void AddExtra(IReadOnlyList<string?> row)
    {
    }

    /// <summary>The raw value of a record: its cell in the comparison's column, unless a comparison reads several.</summary>
    protected virtual string? RawValue(IReadOnlyList<string?> row) => Resolved.Column < row.Count ? row[Resolved.Column] : null;

    /// <summary>The normalised key of a raw value (identical keys are level 1); empty when missing.</summary>
    protected abstract string NormalKey(string raw);

    /// <summary>Prepares the value with a new id (ids count up from 0).</summary>
    protected abstract void Store(string normalKey, string raw);

    private int Intern(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return -1;
        }

        if (_rawIds.TryGetValue(raw, out var id))
        {
            return id;
        }

        var key = NormalKey(raw);
        if (key.Length == 0)
        {
            id = -1;
        }
        else if (!_normalIds.TryGetValue(key, out id))
        {
            id = _normalIds.Count;
            _normalIds.Add(key, id);
            _counts.Add(0);
            Store(key, raw);
        }

        _rawIds.Add(raw, id);
        return id;
    }
}
