using Zicht.Linkage.Normalisation;
using Zicht.Linkage.Settings;

namespace Zicht.Linkage.Comparisons;

/// <summary>Free text: the Jaccard overlap of the two word sets, in bands.</summary>
internal sealed class TextColumn : ComparisonColumn
{
    private readonly List<int[]> _tokens = [];
    private readonly List<string> _text = [];
    private readonly Dictionary<string, int> _tokenIds = new(StringComparer.Ordinal);
    private readonly double[] _bands;

    private TextColumn(ResolvedComparison resolved, double[] bands)
        : base(resolved, ["exact", .. bands.Select(b => $"word overlap >= {Bands.Format(b)}"), "different"])
    {
        _bands = bands;
    }

    public static TextColumn Create(ResolvedComparison resolved) => new(resolved, Bands.Of(resolved.Settings.Thresholds, 0.8, 0.5, 0.2));

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

        var j = Jaccard(_tokens[va], _tokens[vb]);
        for (var i = 0; i < _bands.Length; i++)
        {
            if (j >= _bands[i])
            {
                return 2 + i;
            }
        }

        return LevelCount;
    }

    public override string Show(int record) => ValueId(record) is >= 0 and var v ? _text[v] : string.Empty;

    /// <summary>|A∩B| / |A∪B| of two sorted id sets.</summary>
    internal static double Jaccard(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        int i = 0, k = 0, common = 0;
        while (i < a.Length && k < b.Length)
        {
            if (a[i] == b[k])
            {
                common++;
                i++;
                k++;
            }
            else if (a[i] < b[k])
            {
                i++;
            }
            else
            {
                k++;
            }
        }

        var union = a.Length + b.Length - common;
        return union == 0 ? 0 : (double)common / union;
    }

    protected override string NormalKey(string raw) => FieldNormaliser.Normalise(raw, ComparisonType.Text);

    protected override void Store(string normalKey, string raw)
    {
        _text.Add(normalKey);
        var ids = new SortedSet<int>();
        foreach (var w in normalKey.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!_tokenIds.TryGetValue(w, out var id))
            {
                id = _tokenIds.Count;
                _tokenIds.Add(w, id);
            }

            ids.Add(id);
        }

        _tokens.Add([.. ids]);
    }
}
