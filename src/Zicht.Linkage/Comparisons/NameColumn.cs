using Zicht.Linkage.Normalisation;
using Zicht.Linkage.Settings;
using Zicht.Linkage.Similarity;

namespace Zicht.Linkage.Comparisons;

/// <summary>Person names: exact, swapped with another name field, same without particles or sharing a part (hyphenated, married, double names), one edit, same sound, Jaro–Winkler bands.</summary>
internal sealed class NameColumn : ComparisonColumn
{
    private readonly List<string> _full = [];
    private readonly List<string> _core = [];
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
            && EditDistance.DamerauWithin(ca, other.Core(b), 1)
            && EditDistance.DamerauWithin(other.Core(a), cb, 1)
            && other.Core(a).Length > 0 && other.Core(b).Length > 0)
        {
            return SwapCountedByPartner ? 0 : _swapLevel;
        }

        if (string.Equals(ca, cb, StringComparison.Ordinal) || SharePart(_parts[va], _parts[vb]))
        {
            return _coreLevel;
        }

        if (EditDistance.DamerauWithin(ca, cb, 1))
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

        return LevelCount;
    }

    public override string Show(int record) => Full(record);

    protected override string NormalKey(string raw) => NameNormaliser.Normalise(raw).Full;

    protected override void Store(string normalKey, string raw)
    {
        var name = NameNormaliser.Normalise(raw);
        _full.Add(name.Full);
        _core.Add(name.Core);
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
