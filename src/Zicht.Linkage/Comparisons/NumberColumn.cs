using System.Globalization;
using Zicht.Linkage.Normalisation;
using Zicht.Linkage.Settings;

namespace Zicht.Linkage.Comparisons;

/// <summary>Numbers: exact, within each tolerance (absolute differences, from narrow to wide), different.</summary>
internal sealed class NumberColumn : ComparisonColumn
{
    private readonly List<double> _values = [];
    private readonly double[] _tolerances;

    private NumberColumn(ResolvedComparison resolved, double[] tolerances)
        : base(resolved, ["exact", .. tolerances.Select(t => $"within {Bands.Format(t)}"), "different"])
    {
        _tolerances = tolerances;
    }

    public static NumberColumn Create(ResolvedComparison resolved)
    {
        // Thresholds are listed high to low like every band; as tolerances the narrowest comes first.
        var t = Bands.Of(resolved.Settings.Thresholds, 1).OrderBy(x => x).ToArray();
        return new NumberColumn(resolved, t);
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

        var d = Math.Abs(_values[va] - _values[vb]);
        for (var i = 0; i < _tolerances.Length; i++)
        {
            if (d <= _tolerances[i])
            {
                return 2 + i;
            }
        }

        return LevelCount;
    }

    public override string Show(int record) =>
        ValueId(record) is >= 0 and var v ? _values[v].ToString(CultureInfo.InvariantCulture) : string.Empty;

    protected override string NormalKey(string raw) => FieldNormaliser.Normalise(raw, ComparisonType.Number);

    protected override void Store(string normalKey, string raw) =>
        _values.Add(double.Parse(normalKey, CultureInfo.InvariantCulture));
}
