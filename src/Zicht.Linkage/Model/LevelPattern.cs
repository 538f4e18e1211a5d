namespace Zicht.Linkage.Model;

/// <summary>Packs the levels of up to 15 comparisons, four bits each, into one number for counting identical patterns.</summary>
internal static class LevelPattern
{
    public static ulong Pack(ReadOnlySpan<byte> levels)
    {
        ulong p = 0;
        for (var i = 0; i < levels.Length; i++)
        {
            p |= (ulong)levels[i] << (4 * i);
        }

        return p;
    }

    public static int Level(ulong pattern, int comparison) => (int)((pattern >> (4 * comparison)) & 0xF);
}
