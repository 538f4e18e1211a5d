namespace Zicht.Linkage.Privacy;

/// <summary>Bloom filters as 64-bit words, written as Base64 in encoded files.</summary>
public static class BloomFilter
{
    public static string ToBase64(ReadOnlySpan<ulong> bits)
    {
        var bytes = new byte[bits.Length * 8];
        for (var i = 0; i < bits.Length; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 8, 8), bits[i]);
        }

        return Convert.ToBase64String(bytes);
    }

    /// <summary>Reads a filter; <paramref name="column"/> names the column in the error when the text is not a filter.</summary>
    public static ulong[] FromBase64(string text, string column)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text);
        }
        catch (FormatException e)
        {
            throw new FormatException($"column '{column}': '{Shorten(text)}' is not a Base64 Bloom filter.", e);
        }

        if (bytes.Length == 0 || bytes.Length % 8 != 0)
        {
            throw new FormatException($"column '{column}': a Bloom filter of {bytes.Length} bytes; expected a multiple of 8.");
        }

        var bits = new ulong[bytes.Length / 8];
        for (var i = 0; i < bits.Length; i++)
        {
            bits[i] = BitConverter.ToUInt64(bytes, i * 8);
        }

        return bits;
    }

    private static string Shorten(string s) => s.Length <= 20 ? s : s[..20] + "…";
}
