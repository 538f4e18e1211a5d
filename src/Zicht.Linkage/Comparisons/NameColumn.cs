using Zicht.Linkage.Normalisation;
using Zicht.Linkage.Settings;
using Zicht.Linkage.Similarity;

namespace Zicht.Linkage.Comparisons;

/// <summary>Person names: exact, swapped with another name field (or the only name written in it), same without particles or sharing a part (hyphenated, married, double names), one edit (of the name or of one of its words), same sound, Jaro–Winkler bands.</summary>
internal sealed class NameColumn : ComparisonColumn
{
    private readonly List<string> _full = [];
    private readonly List<string> _core = [];
    private readonly List<string> _compact = [];
    private readonly List<int[]> _parts = [];
    private readonly List<string> _sound = [];
    private readonly Dictionary<string, int> _partIds = new(StringComparer.Ordinal);
    private readonly double[] _bands;
    private readonly int _swapLevel;
    private readonly int _coreLevel;

    private NameColumn(ResolvedComparison resolved, double[] bands, string[] labels, bool swap)
        : base(resolved, labels)
    {
        _bands = bands;
        _swapLevel = swap ? 2 : -1;
        _coreLevel = swap ? 3 : 2;
    }

    /// <summary>The core of a record's name (particles dropped).</summary>
    public string Core(int record) => ValueId(record) is >= 0 and var v ? _core[v] : string.Empty;

    /// <summary>The name column whose values may have been swapped with this one's.</summary>
    public NameColumn? SwapPartner { get; set; }

    public override int SwapLevel => SwapPartner is not null && !SwapCountedByPartner ? _swapLevel : -1;

    public override ComparisonColumn? SwapPartnerColumn => SwapPartner;

    public static NameColumn Create(ResolvedComparison resolved)
    {
        var bands = Bands.Of(resolved.Settings.Thresholds, 0.92, 0.8);
        var labels = new List<string> { "exact" };
        var swap = resolved.SwapColumn >= 0;
        if (swap)
        {
            labels.Add($"swapped with {resolved.Settings.SwapWith}");
        }

        labels.Add("same without particles, or a shared part");
        labels.Add("one edit apart");
        labels.Add("same sound");
        labels.AddRange(bands.Select(b => $"Jaro-Winkler >= {Bands.Format(b)}"));
        labels.Add("different");
        return new NameColumn(resolved, bands, [.. labels], swap);
    }

    public string Full(int record) => ValueId(record) is >= 0 and var v ? _full[v] : string.Empty;

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

        var ca = _core[va];
        var cb = _core[vb];
        if (_swapLevel > 0 && SwapPartner is { } other
            && other.ValueId(a) >= 0 && other.ValueId(b) >= 0
            && Close(va, other, other.ValueId(b))
            && other.Close(other.ValueId(a), this, vb))
        {
            return SwapCountedByPartner ? 0 : _swapLevel;
        }

        // Written together or apart ("ten Wal" and "Tenwal", "van d eMolendering"): the same letters without spaces.
        if (string.Equals(ca, cb, StringComparison.Ordinal) || SharePart(_parts[va], _parts[vb])
            || string.Equals(_compact[va], _compact[vb], StringComparison.Ordinal))
        {
            return _coreLevel;
        }

        if (EditDistance.DamerauWithin(ca, cb, 1) || PartWithinOneEdit(ca, cb) || EditDistance.DamerauWithin(_compact[va], _compact[vb], 1))
        {
            return _coreLevel + 1;
        }

        if (string.Equals(_sound[va], _sound[vb], StringComparison.Ordinal))
        {
            return _coreLevel + 2;
        }

        var jw = JaroWinkler.Similarity(ca, cb);
        for (var i = 0; i < _bands.Length; i++)
        {
            if (jw >= _bands[i])
            {
                return _coreLevel + 3 + i;
            }
        }

        return _swapLevel > 0 && SwapPartner is { } partner && InOtherField(a, b, va, vb, partner) ? _swapLevel : Different(a, b);
    }

    protected override bool SameValue(int value, ComparisonColumn other, int otherValue) =>
        other is NameColumn names && string.Equals(_full[value], names._full[otherValue], StringComparison.Ordinal);

    /// <summary>
    /// A record with one name only, written in the other field ("Njibaara" as given name, where the other record has
    /// it as surname): swapped too. Only the column holding both values sees it, so it counts it itself.
    /// </summary>
    private bool InOtherField(int a, int b, int va, int vb, NameColumn partner)
    {
        var oa = partner.ValueId(a);
        var ob = partner.ValueId(b);
        return (ob < 0 && oa >= 0 && partner.Close(oa, this, vb)) || (oa < 0 && ob >= 0 && Close(va, partner, ob));
    }

    public override string Show(int record) => Full(record);

    protected override string NormalKey(string raw) => NameNormaliser.Normalise(raw).Full;

    protected override void Store(string normalKey, string raw)
    {
        var name = NameNormaliser.Normalise(raw);
        _full.Add(name.Full);
        _core.Add(name.Core);
        _compact.Add(name.Full.Replace(" ", string.Empty, StringComparison.Ordinal));
        var parts = new int[name.Parts.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            var p = name.Parts[i];
            if (!_partIds.TryGetValue(p, out var id))
            {
                id = _partIds.Count;
                _partIds.Add(p, id);
            }

            // Initials ("j", "a") are not evidence of a shared part.
            parts[i] = p.Length >= 2 ? id : -1;
        }

        _parts.Add(parts);
        _sound.Add(PhoneticKey.Of(raw));
    }

    /// <summary>
    /// Whether this column's value <paramref name="value"/> and <paramref name="other"/>'s value <paramref name="otherValue"/>
    /// are one name: within one edit, or sharing a part ("Anna Maria" written as "Anna" in the other field).
    /// </summary>
    private bool Close(int value, NameColumn other, int otherValue)
    {
        var a = _core[value];
        var b = other._core[otherValue];
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        // Transliterations ("Aisha" and "Ayesha") are one name too: the same sound, as at the "same sound" level.
        if (EditDistance.DamerauWithin(a, b, 1) || string.Equals(_sound[value], other._sound[otherValue], StringComparison.Ordinal))
        {
            return true;
        }

        var pa = _parts[value];
        var pb = other._parts[otherValue];
        if (pa.Length == 1 && pb.Length == 1)
        {
            return false;
        }

        // Part ids are per column, so shared parts are compared by their text.
        foreach (var x in a.AsSpan().Split(' '))
        {
            var word = a.AsSpan(x);
            if (word.Length < 2)
            {
                continue;
            }

            foreach (var y in b.AsSpan().Split(' '))
            {
                if (word.SequenceEqual(b.AsSpan(y)))
                {
                    return true;
                }
            }
        }

        // A dropped second name and a typo in the other ("Amber Chantal" and "Aber").
        return PartWithinOneEdit(a, b);
    }

    /// <summary>
    /// Whether a name of several words and another share a word within one edit ("Ibrahima Lamin" and "Ibrshima"):
    /// a second given name left out and a typo in the first. Words of three letters or more, one of the two at least
    /// four, so initials and two short words one letter apart do not count.
    /// </summary>
    private static bool PartWithinOneEdit(string a, string b)
    {
        if (!a.Contains(' ', StringComparison.Ordinal) && !b.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var x in a.AsSpan().Split(' '))
        {
            var wa = a.AsSpan(x);
            if (wa.Length < 3)
            {
                continue;
            }

            foreach (var y in b.AsSpan().Split(' '))
            {
                // Three letters against four or more ("Eik" for "Erik Mitchell"); two three-letter words one edit apart are too many.
                var wb = b.AsSpan(y);
                if (wb.Length >= 3 && Math.Max(wa.Length, wb.Length) >= 4 && EditDistance.DamerauWithin(wa, wb, 1))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool SharePart(int[] a, int[] b)
    {
        if (a.Length == 1 && b.Length == 1)
        {
            return false;
        }

        foreach (var x in a)
        {
            if (x < 0)
            {
                continue;
            }

            foreach (var y in b)
            {
                if (x == y)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
