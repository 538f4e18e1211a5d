using Zicht.Linkage.Data;

namespace Zicht.Linkage.Blocking;

/// <summary>
/// The blocks of every rule. A pair found by several rules is counted once, by the first rule that finds it: a rule
/// skips a pair when an earlier rule's keys already agree (Splink's trick), so the union needs no set of pairs.
/// </summary>
internal sealed class CandidateBlocks
{
    private CandidateBlocks(ulong[][] keys, int[][] order, Block[] blocks, int[] oversized, byte[] sources, bool linking)
    {
        Keys = keys;
        Order = order;
        Blocks = blocks;
        Oversized = oversized;
        Sources = sources;
        Linking = linking;
    }

    /// <summary>Per rule, each record's key; 0 where it has none or its block was too large.</summary>
    public ulong[][] Keys { get; }

    /// <summary>Per rule, record positions sorted by key.</summary>
    public int[][] Order { get; }

    public Block[] Blocks { get; }

    /// <summary>Per rule, how many blocks were skipped for being larger than the maximum.</summary>
    public int[] Oversized { get; }

    public byte[] Sources { get; }

    public bool Linking { get; }

    public static CandidateBlocks Build(LinkageDataset data)
    {
        var rules = data.Keys.Length;
        var n = data.Count;
        var keys = new ulong[rules][];
        var order = new int[rules][];
        var oversized = new int[rules];
        var blocks = new List<Block>[rules];
        var sources = new byte[n];
        for (var i = 0; i < n; i++)
        {
            sources[i] = (byte)data.Source(i);
        }

        Parallel.For(0, rules, r =>
        {
            var k = new ulong[n];
            for (var i = 0; i < n; i++)
            {
                k[i] = data.Keys[r][i];
            }

            var sortedKeys = (ulong[])k.Clone();
            var idx = new int[n];
            for (var i = 0; i < n; i++)
            {
                idx[i] = i;
            }

            Array.Sort(sortedKeys, idx);
            var list = new List<Block>();
            var start = 0;
            while (start < n)
            {
                var end = start + 1;
                while (end < n && sortedKeys[end] == sortedKeys[start])
                {
                    end++;
                }

                var length = end - start;
                if (sortedKeys[start] != 0 && length >= 2)
                {
                    if (length > data.Settings.Blocking[r].MaxBlockSizeIn(data.Settings))
                    {
                        oversized[r]++;
                        for (var i = start; i < end; i++)
                        {
                            k[idx[i]] = 0;
                        }
                    }
                    else if (!data.IsLinking || HasBothSources(idx, start, end, sources))
                    {
                        list.Add(new Block(r, start, length));
                    }
                }

                start = end;
            }

            keys[r] = k;
            order[r] = idx;
            blocks[r] = list;
        });

        return new CandidateBlocks(keys, order, [.. blocks.SelectMany(b => b)], oversized, sources, data.IsLinking);
    }

    /// <summary>Whether records <paramref name="a"/> and <paramref name="b"/> of a block of <paramref name="rule"/> are a pair that rule owns.</summary>
    public bool Owns(int rule, int a, int b)
    {
        if (Linking && Sources[a] == Sources[b])
        {
            return false;
        }

        for (var k = 0; k < rule; k++)
        {
            var key = Keys[k][a];
            if (key != 0 && key == Keys[k][b])
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasBothSources(int[] idx, int start, int end, byte[] sources)
    {
        var first = sources[idx[start]];
        for (var i = start + 1; i < end; i++)
        {
            if (sources[idx[i]] != first)
            {
                return true;
            }
        }

        return false;
    }
}
