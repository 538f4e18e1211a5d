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
    private readonly List<sbyte> _married = [];
    private readonly Func<string?, bool?>? _mayHaveMarried;

    /// <summary>How an encoded file's <c>~married</c> column answers: 1 may have married, 0 not.</summary>
    private static readonly MarriedNameSettings EncodedMarried = new() { Column = "~married", Values = ["1"] };

    protected ComparisonColumn(ResolvedComparison resolved, IReadOnlyList<string> labels)
    {
        Resolved = resolved;
        if (resolved.MarriedColumn >= 0)
        {
            // The split sits just before "different", which stays the last level.
            labels = [.. labels.Take(labels.Count - 1), "different, may be a married name", labels[^1]];
            // An encoded file holds the answer itself, as 1 or 0 (see BloomEncoder).
            _mayHaveMarried = (resolved.Encoded ? EncodedMarried : resolved.Settings.MarriedName!).Matcher();
        }

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

    /// <summary>
    /// Whether both records hold both values and each is exactly the other's crosswise: only then do the two values'
    /// frequencies tell how rarely strangers agree so (a typo'd or one-sided swap agrees with more than its spelling).
    /// </summary>
    public bool SwappedExactly(int a, int b)
    {
        if (SwapPartnerColumn is not { } partner)
        {
            return false;
        }

        int va = ValueId(a), vb = ValueId(b), pa = partner.ValueId(a), pb = partner.ValueId(b);
        return va >= 0 && vb >= 0 && pa >= 0 && pb >= 0 && SameValue(va, partner, pb) && partner.SameValue(pa, this, vb);
    }

    /// <summary>Whether this column's value <paramref name="value"/> is exactly <paramref name="other"/>'s value <paramref name="otherValue"/> (for columns that swap).</summary>
    protected virtual bool SameValue(int value, ComparisonColumn other, int otherValue) => false;

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

        if (Resolved.MarriedColumn >= 0)
        {
            _married.Add(MayBeMarried(Resolved.MarriedColumn < row.Count ? row[Resolved.MarriedColumn] : null));
        }

        AddExtra(row);
    }

    /// <summary>The agreement level of two records (0 when either value is missing).</summary>
    public abstract int Level(int a, int b);

    /// <summary>The record's normalised value, for explanations.</summary>
    public abstract string Show(int record);

    /// <summary>
    /// The level for values that disagree: "different, may be a married name" where one record may carry one and the
    /// other is not known not to (sex missing on one signal), else "different".
    /// </summary>
    protected int Different(int a, int b) =>
        _married.Count > 0 && _married[a] + _married[b] >= 1 && _married[a] >= 0 && _married[b] >= 0 ? LevelCount - 1 : LevelCount;

    protected virtual void AddExtra(IReadOnlyList<string?> row)
    {
    }

    /// <summary>The raw value of a record: its cell in the comparison's column, unless a comparison reads several.</summary>
    protected virtual string? RawValue(IReadOnlyList<string?> row) => Resolved.Column < row.Count ? row[Resolved.Column] : null;

    /// <summary>The normalised key of a raw value (identical keys are level 1); empty when missing.</summary>
    protected abstract string NormalKey(string raw);

    /// <summary>Prepares the value with a new id (ids count up from 0).</summary>
    protected abstract void Store(string normalKey, string raw);

    /// <summary>1 when the record may carry a married name, -1 when it is known not to (a man), 0 when unknown.</summary>
    private sbyte MayBeMarried(string? cell) => _mayHaveMarried!(cell) switch
    {
        true => 1,
        false => -1,
        null => 0,
    };

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
