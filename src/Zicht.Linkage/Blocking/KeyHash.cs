namespace Zicht.Linkage.Blocking;

/// <summary>64-bit hashes of blocking key text (FNV-1a, then a SplitMix finaliser); 0 is kept for "no key".</summary>
internal static class KeyHash
{
    public static ulong Of(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h ^= c;
            h *= 1099511628211UL;
        }

        return NonZero(Mix(h));
    }

    public static ulong Combine(ulong a, ulong b) => NonZero(Mix(a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2))));

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong NonZero(ulong h) => h == 0 ? 1 : h;
}
