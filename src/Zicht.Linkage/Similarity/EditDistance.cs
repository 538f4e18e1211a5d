namespace Zicht.Linkage.Similarity;

/// <summary>Levenshtein and Damerau–Levenshtein (optimal string alignment) distances, without allocation for short strings.</summary>
public static class EditDistance
{
    private const int StackLimit = 128;

    /// <summary>Insertions, deletions and substitutions needed to turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Compute(a, b, transpositions: false);

    /// <summary>As <see cref="Levenshtein"/>, with a swap of two adjacent characters counted as one edit.</summary>
    public static int Damerau(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Compute(a, b, transpositions: true);

    /// <summary>Whether the Damerau distance is at most <paramref name="limit"/>; cheaper than computing it for long, different strings.</summary>
    public static bool DamerauWithin(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit) =>
        limit == 1 ? WithinOne(a, b) : Math.Abs(a.Length - b.Length) <= limit && Compute(a, b, transpositions: true) <= limit;

    /// <summary>Damerau distance at most one, in one pass.</summary>
    private static bool WithinOne(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == a.Length && i == b.Length)
        {
            return true;
        }

        if (a.Length == b.Length)
        {
            return a[(i + 1)..].SequenceEqual(b[(i + 1)..])
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..].SequenceEqual(b[(i + 2)..]));
        }

        return a.Length > b.Length ? a[(i + 1)..].SequenceEqual(b[i..]) : a[i..].SequenceEqual(b[(i + 1)..]);
    }

    private static int Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool transpositions)
    {
        // Common prefix and suffix do not change the distance.
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        a = a[start..];
        b = b[start..];
        var end = 0;
        while (end < a.Length && end < b.Length && a[a.Length - 1 - end] == b[b.Length - 1 - end])
        {
            end++;
        }

        a = a[..^end];
        b = b[..^end];
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var width = b.Length + 1;
        Span<int> rows = width <= StackLimit ? stackalloc int[3 * width] : new int[3 * width];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (transpositions && i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
