using Zicht.Linkage.Normalisation;
using Zicht.Linkage.Settings;

namespace Zicht.Linkage.Comparisons;

/// <summary>Postcodes: exact, same area (all but the last two characters: the four digits of a Dutch postcode), same region (first two), different.</summary>
internal sealed class PostcodeColumn : ComparisonColumn
{
    private readonly List<string> _values = [];

    private PostcodeColumn(ResolvedComparison resolved)
        : base(resolved, ["exact", "same area", "same region", "different"])
    {
    }

    public static PostcodeColumn Create(ResolvedComparison resolved) => new(resolved);

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

        ReadOnlySpan<char> x = _values[va];
        ReadOnlySpan<char> y = _values[vb];
        var area = Math.Max(2, Math.Min(x.Length, y.Length) - 2);
        if (x.Length == y.Length && x.Length >= 5 && x[..area].SequenceEqual(y[..area]))
        {
            return 2;
        }

        return x.Length >= 2 && y.Length >= 2 && x[..2].SequenceEqual(y[..2]) ? 3 : 4;
    }

    public override string Show(int record) => ValueId(record) is >= 0 and var v ? _values[v] : string.Empty;

    protected override string NormalKey(string raw) => FieldNormaliser.Normalise(raw, ComparisonType.Postcode);

    protected override void Store(string normalKey, string raw) => _values.Add(normalKey);
}
