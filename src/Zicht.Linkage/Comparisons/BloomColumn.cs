using Zicht.Linkage.Privacy;
using Zicht.Linkage.Settings;
using Zicht.Linkage.Similarity;

namespace Zicht.Linkage.Comparisons;

/// <summary>Keyed Bloom filters (privacy-preserving mode): identical, swapped with another field (names; or the only name written in it) or day and month swapped (dates, by keyed hash), Dice bands.</summary>
internal sealed class BloomColumn : ComparisonColumn
{
    private readonly List<ulong[]> _bits = [];
    private readonly List<int> _pop = [];
    private readonly List<string?> _swapKeys = [];
    private readonly List<ulong[]?> _parts = [];
    private readonly List<ulong[]?> _edits = [];
    private readonly double[] _bands;
    private readonly int _swapLevel;
    private readonly int _swapKeyLevel;
    private readonly int _partsLevel;
    private readonly int _editsLevel;
    private readonly int _firstBand;

    private BloomColumn(ResolvedComparison resolved, string[] labels, double[] bands, int swapLevel, int swapKeyLevel, int partsLevel, int editsLevel)
        : base(resolved, labels)
    {
        _bands = bands;
        _swapLevel = swapLevel;
        _swapKeyLevel = swapKeyLevel;
        _partsLevel = partsLevel;
        _editsLevel = editsLevel;
        _firstBand = 2 + (swapLevel > 0 ? 1 : 0) + (swapKeyLevel > 0 ? 1 : 0) + (partsLevel > 0 ? 1 : 0) + (editsLevel > 0 ? 1 : 0);
    }

    public BloomColumn? SwapPartner { get; set; }

    public override int SwapLevel => SwapPartner is not null && !SwapCountedByPartner ? _swapLevel : -1;

    public override ComparisonColumn? SwapPartnerColumn => SwapPartner;

    public static BloomColumn Create(ResolvedComparison resolved)
    {
        var bands = resolved.Settings.Type == ComparisonType.Date
            ? Bands.Of(resolved.Settings.Thresholds, 0.85, 0.7)
            : Bands.Of(resolved.Settings.Thresholds, 0.9, 0.8, 0.7, 0.6);
        var labels = new List<string> { "identical encoding" };
        var swapLevel = -1;
        var swapKeyLevel = -1;
        if (resolved.SwapColumn >= 0)
        {
            labels.Add($"swapped with {resolved.Settings.SwapWith}");
            swapLevel = labels.Count;
        }

        if (resolved.SwapKeyColumn >= 0)
        {
            labels.Add("day and month swapped");
            swapKeyLevel = labels.Count;
        }

        var partsLevel = -1;
        if (resolved.PartsColumn >= 0)
        {
            labels.Add("a shared part");
            partsLevel = labels.Count;
        }

        var editsLevel = -1;
        if (resolved.EditsColumn >= 0)
        {
            labels.Add("one edit apart");
            editsLevel = labels.Count;
        }

        labels.AddRange(bands.Select(b => $"Dice >= {Bands.Format(b)}"));
        labels.Add("different");
        return new BloomColumn(resolved, [.. labels], bands, swapLevel, swapKeyLevel, partsLevel, editsLevel);
    }

    public override int Level(int a, int b)
    {
        var va = ValueId(a);
        var vb = ValueId(b);
        if (va < 0 || vb < 0)
        {
            return 0;
        }

        if (va == vb)
        {
            return 1;
        }

        var dice = BitVectors.Dice(_bits[va], _bits[vb], _pop[va], _pop[vb]);
        var top = _bands.Length > 0 ? _bands[0] : 1.0;
        // Swapped names are recognised through a typo or a dropped second name, as in clear (one edit, a shared part):
        // both crosswise pairs must reach the 0.7 band, which two unrelated names rarely do even once, or share a
        // part or a one-edit neighbour.
        var swapFloor = _bands.Length > 0 ? Math.Min(top, Math.Max(0.7, _bands[^1])) : 1.0;
        if (dice < top && _swapLevel > 0 && SwapPartner is { } other
            && other.ValueId(a) >= 0 && other.ValueId(b) >= 0
            && Crosswise(a, other, b, swapFloor) && other.Crosswise(a, this, b, swapFloor))
        {
            return SwapCountedByPartner ? 0 : _swapLevel;
        }

        if (dice < top && _swapKeyLevel > 0 && _swapKeys[a] is { } ka && string.Equals(ka, _swapKeys[b], StringComparison.Ordinal))
        {
            return _swapKeyLevel;
        }

        if (dice < top && _partsLevel > 0 && SharePart(_parts[a], _parts[b]))
        {
            return _partsLevel;
        }

        if (dice < top && _editsLevel > 0 && Intersect(_edits[a], _edits[b]))
        {
            return _editsLevel;
        }

        for (var i = 0; i < _bands.Length; i++)
        {
            if (dice >= _bands[i])
            {
                return _firstBand + i;
            }
        }

        return _swapLevel > 0 && SwapPartner is { } partner && InOtherField(a, b, partner, top) ? _swapLevel : Different(a, b);
    }

    protected override bool SameValue(int value, ComparisonColumn other, int otherValue) =>
        other is BloomColumn filters && _bits[value].AsSpan().SequenceEqual(filters._bits[otherValue]);

    /// <summary>
    /// A record with one name only, written in the other field: swapped too, as in clear. One crosswise pair is all
    /// the evidence, so it must reach the top band (or share a part or a one-edit neighbour).
    /// </summary>
    private bool InOtherField(int a, int b, BloomColumn partner, double floor)
    {
        var oa = partner.ValueId(a) >= 0;
        var ob = partner.ValueId(b) >= 0;
        return (!ob && oa && partner.Crosswise(a, this, b, floor)) || (!oa && ob && Crosswise(a, partner, b, floor));
    }

    public override string Show(int record) => ValueId(record) is >= 0 and var v ? $"{_pop[v]} of {_bits[v].Length * 64} bits set" : string.Empty;

    protected override void AddExtra(IReadOnlyList<string?> row)
    {
        if (Resolved.PartsColumn >= 0)
        {
            var cell = Resolved.PartsColumn < row.Count ? row[Resolved.PartsColumn] : null;
            ulong[]? parts = null;
            if (!string.IsNullOrWhiteSpace(cell))
            {
                // Sorted, as the one-edit hashes are, so both are intersected the same way.
                parts = EncodedColumns.ReadParts(cell);
                Array.Sort(parts);
            }

            _parts.Add(parts);
        }

        if (Resolved.EditsColumn >= 0)
        {
            var cell = Resolved.EditsColumn < row.Count ? row[Resolved.EditsColumn] : null;
            _edits.Add(string.IsNullOrWhiteSpace(cell) ? null : EncodedColumns.ReadEdits(cell, EncodedColumns.Edits(Settings.Column)));
        }

        if (Resolved.SwapKeyColumn >= 0)
        {
            var k = Resolved.SwapKeyColumn < row.Count ? row[Resolved.SwapKeyColumn] : null;
            _swapKeys.Add(string.IsNullOrWhiteSpace(k) ? null : k);
        }
    }

    protected override string NormalKey(string raw) => raw.Trim();

    protected override void Store(string normalKey, string raw)
    {
        var bits = BloomFilter.FromBase64(normalKey, Settings.Column);
        _bits.Add(bits);
        _pop.Add(BitVectors.PopCount(bits));
    }

    /// <summary>Whether two names share a part (keyed hashes of their words), unless each is one word: then Dice says it.</summary>
    private static bool SharePart(ulong[]? a, ulong[]? b) => !(a?.Length == 1 && b?.Length == 1) && Intersect(a, b);

    /// <summary>Whether two sorted sets of keyed hashes share one.</summary>
    private static bool Intersect(ulong[]? a, ulong[]? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                return true;
            }

            if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }

    /// <summary>Whether this column's value of record <paramref name="a"/> is one name with <paramref name="other"/>'s value of <paramref name="b"/>.</summary>
    private bool Crosswise(int a, BloomColumn other, int b, double floor) =>
        Dice(ValueId(a), other, b) >= floor
        || (_parts.Count > 0 && other._parts.Count > 0 && SharePart(_parts[a], other._parts[b]))
        || (_edits.Count > 0 && other._edits.Count > 0 && Intersect(_edits[a], other._edits[b]));

    /// <summary>Dice of this column's value <paramref name="valueId"/> with <paramref name="other"/>'s value of <paramref name="record"/>.</summary>
    private double Dice(int valueId, BloomColumn other, int record)
    {
        var v = other.ValueId(record);
        return BitVectors.Dice(_bits[valueId], other._bits[v], _pop[valueId], other._pop[v]);
    }
}
