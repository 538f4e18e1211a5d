using System.Globalization;

namespace Zicht.Linkage.Normalisation;

/// <summary>A date as written, kept as year, month and day digits even when they are not a valid calendar date (a swapped "1990-13-05" still compares).</summary>
public readonly record struct DateValue(int Year, int Month, int Day)
{
    /// <summary>The date as the eight digits yyyymmdd.</summary>
    public int Digits => (Year * 10000) + (Month * 100) + Day;

    /// <summary>A day count that orders dates; approximate for invalid dates.</summary>
    public int DayNumber => (Year * 372) + (Month * 31) + Day;

    public override string ToString() => Digits.ToString("D8", CultureInfo.InvariantCulture);

    /// <summary>Reads yyyy-mm-dd, yyyymmdd, dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy (one-digit day and month allowed).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateValue value)
    {
        value = default;
        text = text.Trim();
        if (text.Length == 0)
        {
            return false;
        }

        // A time part ("1990-05-13T00:00:00", "1990-05-13 00:00") is ignored.
        var cut = text.IndexOfAny('T', ' ');
        if (cut >= 8)
        {
            text = text[..cut];
        }

        Span<int> parts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        var count = 0;
        var current = 0;
        var length = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                current = (current * 10) + (c - '0');
                length++;
                if (length > 8)
                {
                    return false;
                }
            }
            else if (c is '-' or '/' or '.')
            {
                if (length == 0 || count == 2)
                {
                    return false;
                }

                parts[count] = current;
                lengths[count] = length;
                count++;
                current = 0;
                length = 0;
            }
            else
            {
                return false;
            }
        }

        if (length == 0)
        {
            return false;
        }

        if (count == 0)
        {
            if (length != 8)
            {
                return false;
            }

            value = new DateValue(current / 10000, current / 100 % 100, current % 100);
            return Plausible(value);
        }

        if (count != 2)
        {
            return false;
        }

        parts[2] = current;
        lengths[2] = length;
        if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2)
        {
            value = new DateValue(parts[0], parts[1], parts[2]);
        }
        else if (lengths[2] == 4 && lengths[0] <= 2 && lengths[1] <= 2)
        {
            value = new DateValue(parts[2], parts[1], parts[0]);
        }
        else
        {
            return false;
        }

        return Plausible(value);
    }

    private static bool Plausible(DateValue v) =>
        v.Year is >= 1000 and <= 9999 && v.Month is >= 1 and <= 31 && v.Day is >= 1 and <= 31 && (v.Month <= 12 || v.Day <= 12);
}
