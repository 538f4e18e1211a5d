using Zicht.Linkage.Normalisation;
using Zicht.Linkage.Settings;
using Zicht.Linkage.Similarity;

namespace Zicht.Linkage.Comparisons;

/// <summary>Strings: exact, one edit (Damerau–Levenshtein), Jaro–Winkler bands; identifiers stop after one edit; categories are exact or not.</summary>
internal sealed class StringColumn : ComparisonColumn
{
    private readonly List<string> _values = [];
    private readonly double[] _bands;
    private readonly bool _edits;
    private readonly ComparisonType _kind;

    private StringColumn(ResolvedComparison resolved, string[] labels, double[] bands, bool edits)
        : base(resolved, labels)
    {
        _bands = bands;
        _edits = edits;
        _kind = resolved.Settings.Type;
    }

    public static StringColumn Create(ResolvedComparison resolved)
    {
        switch (resolved.Settings.Type)
        {
            case ComparisonType.Category:
                return new StringColumn(resolved, ["exact", "different"], [], edits: false);
            case ComparisonType.Identifier:
                return new StringColumn(resolved, ["exact", "one edit apart", "different"], [], edits: true);
            default:
                var bands = Bands.Of(resolved.Settings.Thresholds, 0.9, 0.8);
                return new StringColumn(
                    resolved,
                    ["exact", "one edit apart", .. bands.Select(b => $"Jaro-Winkler >= {Bands.Format(b)}"), "different"],
                    bands,
                    edits: true);
        }
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

        if (!_edits)
        {
            return LevelCount;
        }

        var x = _values[va];
        var y = _values[vb];
        if (EditDistance.DamerauWithin(x, y, 1))
        {
            return 2;
        }

        if (_bands.Length > 0)
        {
            var jw = JaroWinkler.Similarity(x, y);
            for (var i = 0; i < _bands.Length; i++)
            {
                if (jw >= _bands[i])
                {
                    return 3 + i;
                }
            }
        }

        return LevelCount;
    }

    public override string Show(int record) => ValueId(record) is >= 0 and var v ? _values[v] : string.Empty;

    protected override string NormalKey(string raw) => FieldNormaliser.Normalise(raw, _kind);

    protected override void Store(string normalKey, string raw) => _values.Add(normalKey);
}
