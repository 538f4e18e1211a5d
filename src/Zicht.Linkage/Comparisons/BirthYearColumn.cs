using System.Globalization;
using Zicht.Linkage.Normalisation;
using Zicht.Linkage.Privacy;
using Zicht.Linkage.Settings;
using Zicht.Linkage.Similarity;

namespace Zicht.Linkage.Comparisons;

/// <summary>
/// Years of birth, known or estimated from an age: same year, within each tolerance (default 1, 3 and 5 years),
/// further apart. A date of birth and an age a signaller estimated agree within a few years for the same person and
/// are far apart for a namesake, which is what this comparison weighs. Pairs that the comparison named in
/// <c>defer_to</c> can compare (both have a date of birth) are left to it. Encoded, a year is a Bloom filter of the
/// year and its neighbours, so the share of common bits tells how many years lie between two.
/// </summary>
internal sealed class BirthYearColumn : ComparisonColumn
{
    private const int Tokens = (2 * BirthYears.Window) + 1;
    private readonly List<int> _years = [];
    private readonly List<ulong[]> _bits = [];
    private readonly List<int> _pop = [];
    private readonly int[] _tolerances;

    private BirthYearColumn(ResolvedComparison resolved, int[] tolerances)
        : base(resolved, ["same year", .. tolerances.Select(t => t == 1 ? "1 year apart" : $"within {t} years"), "further apart"])
    {
        _tolerances = tolerances;
    }

    /// <summary>The comparison this one leaves a pair to when both records have a value there.</summary>
    public ComparisonColumn? DeferTo
    {
        get => _deferTo;
        set
        {
            _deferTo = value;
            Labels[0] = value is null ? "missing" : $"missing, or both compared by {value.Settings.Name}";
        }
    }

    private ComparisonColumn? _deferTo;

    public static BirthYearColumn Create(ResolvedComparison resolved)
    {
        // Thresholds are listed high to low like every band; as tolerances the narrowest comes first.
        var t = Bands.Of(resolved.Settings.Thresholds, 5, 3, 1).Select(x => (int)Math.Round(x)).Where(x => x >= 1).Distinct().Order().ToArray();
        return new BirthYearColumn(resolved, t);
    }

    public override int Level(int a, int b)
    {
        var va = ValueId(a);
        var vb = ValueId(b);
        if (va < 0 || vb < 0)
        {
            return 0;
        }

        if (_deferTo is { } other && other.ValueId(a) >= 0 && other.ValueId(b) >= 0)
        {
            return 0;
        }

        if (va == vb)
        {
            return 1;
        }

        int apart;
        if (Resolved.Encoded)
        {
            // Two years d apart share Tokens − d of their tokens, so Dice is about 1 − d / Tokens.
            var dice = BitVectors.Dice(_bits[va], _bits[vb], _pop[va], _pop[vb]);
            apart = Math.Max(1, (int)Math.Round(Tokens * (1 - dice)));
            apart = apart >= Tokens ? int.MaxValue : apart;
        }
        else
        {
            apart = Math.Abs(_years[va] - _years[vb]);
        }

        for (var i = 0; i < _tolerances.Length; i++)
        {
            if (apart <= _tolerances[i])
            {
                return 2 + i;
            }
        }

        return LevelCount;
    }

    public override string Show(int record)
    {
        if (ValueId(record) is not (>= 0 and var v))
        {
            return string.Empty;
        }

        return Resolved.Encoded ? $"{_pop[v]} of {_bits[v].Length * 64} bits set" : _years[v].ToString(CultureInfo.InvariantCulture);
    }

    protected override string? RawValue(IReadOnlyList<string?> row)
    {
        var value = base.RawValue(row);
        if (Resolved.Encoded || Resolved.AgeColumn < 0)
        {
            return value;
        }

        var age = Resolved.AgeColumn < row.Count ? row[Resolved.AgeColumn] : null;
        var reference = Resolved.ReferenceColumn >= 0 && Resolved.ReferenceColumn < row.Count ? row[Resolved.ReferenceColumn] : null;
        return BirthYears.Of(value, age, reference);
    }

    protected override string NormalKey(string raw) => Resolved.Encoded ? raw.Trim() : BirthYears.Normalise(raw);

    protected override void Store(string normalKey, string raw)
    {
        if (Resolved.Encoded)
        {
            var bits = BloomFilter.FromBase64(normalKey, Settings.Column);
            _bits.Add(bits);
            _pop.Add(BitVectors.PopCount(bits));
        }
        else
        {
            _years.Add(int.Parse(normalKey, CultureInfo.InvariantCulture));
        }
    }
}
