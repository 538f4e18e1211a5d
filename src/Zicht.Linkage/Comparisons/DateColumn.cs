using Zicht.Linkage.Normalisation;
using Zicht.Linkage.Settings;

namespace Zicht.Linkage.Comparisons;

/// <summary>Dates: exact, day and month swapped, one digit wrong or two adjacent digits swapped, within a tolerance in days, different.</summary>
internal sealed class DateColumn : ComparisonColumn
{
    private readonly List<DateValue> _values = [];
    private readonly int _toleranceDays;

    private DateColumn(ResolvedComparison resolved, int toleranceDays)
        : base(resolved, ["exact", "day and month swapped", "one digit wrong", $"within {toleranceDays} days", "different"])
    {
        _toleranceDays = toleranceDays;
    }

    public static DateColumn Create(ResolvedComparison resolved) =>
        new(resolved, (int)Math.Round(Bands.Of(resolved.Settings.Thresholds, 365)[0]));

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

        var x = _values[va];
        var y = _values[vb];
        if (x.Year == y.Year && x.Day == y.Month && x.Month == y.Day)
        {
            return 2;
        }

        if (OneDigitApart(x.Digits, y.Digits))
        {
            return 3;
        }

        return Math.Abs(x.DayNumber - y.DayNumber) <= _toleranceDays ? 4 : 5;
    }

    public override string Show(int record) => ValueId(record) is >= 0 and var v ? _values[v].ToString() : string.Empty;

    /// <summary>Whether the eight digits differ in one place, or by two neighbours swapped (1978 for 1987).</summary>
    internal static bool OneDigitApart(int a, int b)
    {
        Span<int> da = stackalloc int[8];
        Span<int> db = stackalloc int[8];
        for (var i = 7; i >= 0; i--)
        {
            da[i] = a % 10;
            db[i] = b % 10;
            a /= 10;
            b /= 10;
        }

        var first = -1;
        var differences = 0;
        for (var i = 0; i < 8; i++)
        {
            if (da[i] != db[i])
            {
                if (first < 0)
                {
                    first = i;
                }

                differences++;
            }
        }

        return differences == 1
            || (differences == 2 && first < 7 && da[first] == db[first + 1] && da[first + 1] == db[first]);
    }

    protected override string NormalKey(string raw) => FieldNormaliser.Normalise(raw, ComparisonType.Date);

    protected override void Store(string normalKey, string raw)
    {
        // The key is the date's own eight digits, so it always reads back.
        _values.Add(DateValue.TryParse(normalKey, out var d) ? d : throw new InvalidOperationException($"date key '{normalKey}' did not read back."));
    }
}
