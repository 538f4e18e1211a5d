using System.Numerics;

namespace Zicht.Linkage.Similarity;

/// <summary>Set-bit counts and the Dice coefficient of bit vectors (Bloom filters).</summary>
public static class BitVectors
{
    public static int PopCount(ReadOnlySpan<ulong> bits)
    {
        var count = 0;
        foreach (var w in bits)
        {
            count += BitOperations.PopCount(w);
        }

        return count;
    }

    /// <summary>2·|A∩B| / (|A|+|B|); 0 when both are empty.</summary>
    public static double Dice(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, int popA, int popB)
    {
        var total = popA + popB;
        if (total == 0)
        {
            return 0;
        }

        var n = Math.Min(a.Length, b.Length);
        var common = 0;
        for (var i = 0; i < n; i++)
        {
            common += BitOperations.PopCount(a[i] & b[i]);
        }

        return 2.0 * common / total;
    }

    public static double Dice(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b) => Dice(a, b, PopCount(a), PopCount(b));
}
