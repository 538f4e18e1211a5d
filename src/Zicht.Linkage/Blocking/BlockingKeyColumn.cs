using Zicht.Linkage.Normalisation;
using Zicht.Linkage.Privacy;
using Zicht.Linkage.Settings;

namespace Zicht.Linkage.Blocking;

/// <summary>One blocking rule's key for every record, as a 64-bit hash (0: the record has no key under this rule).</summary>
internal sealed class BlockingKeyColumn
{
    private readonly ResolvedKey[] _parts;
    private readonly Dictionary<string, ulong>[] _cache;
    private readonly List<ulong> _keys = [];
    private readonly bool _unordered;
    private int[]? _lshPositions;

    public BlockingKeyColumn(BlockingRuleSettings rule, IReadOnlyList<ResolvedKey> parts)
    {
        Rule = rule;
        _parts = [.. parts];
        _unordered = rule.Unordered;
        _cache = [.. parts.Select(_ => new Dictionary<string, ulong>(StringComparer.Ordinal))];
    }

    public BlockingRuleSettings Rule { get; }

    /// <summary>Column positions the rule reads, for telling which comparisons it biases.</summary>
    public IEnumerable<int> Columns => _parts.Select(p => p.Column);

    public ulong this[int record] => _keys[record];

    public int Count => _keys.Count;

    public void Add(IReadOnlyList<string?> row) => _keys.Add(Compute(row));

    /// <summary>The key of a record that is not (yet) added.</summary>
    public ulong Compute(IReadOnlyList<string?> row)
    {
        Span<ulong> hashes = stackalloc ulong[_parts.Length];
        for (var i = 0; i < _parts.Length; i++)
        {
            var part = _parts[i];
            var raw = part.Column < row.Count ? row[part.Column] : null;
            if (string.IsNullOrWhiteSpace(raw))
            {
                return 0;
            }

            if (!_cache[i].TryGetValue(raw, out var h))
            {
                h = PartHash(part, raw);
                _cache[i].Add(raw, h);
            }

            if (h == 0)
            {
                return 0;
            }

            hashes[i] = h;
        }

        if (_unordered)
        {
            hashes.Sort();
        }

        var key = 0x51ED2701UL;
        foreach (var h in hashes)
        {
            key = KeyHash.Combine(key, h);
        }

        return key;
    }

    private ulong PartHash(ResolvedKey part, string raw)
    {
        if (part.Transform == BlockingTransform.Lsh)
        {
            var bits = BloomFilter.FromBase64(raw.Trim(), $"column {part.Column + 1}");
            _lshPositions ??= LshPositions(bits.Length * 64, part.Bits, part.Seed);
            ulong key = 1;
            foreach (var p in _lshPositions)
            {
                key = (key << 1) | ((bits[p >> 6] >> (p & 63)) & 1);
            }

            // Records with none of the sampled bits set share an empty key that says nothing.
            return key == 1UL << _lshPositions.Length ? 0 : KeyHash.Mix(key) | 1;
        }

        return KeyHash.Of(part.Precomputed ? raw.Trim() : FieldNormaliser.Key(raw, part.Transform, part.Kind));
    }

    private static int[] LshPositions(int length, int count, int seed)
    {
        var random = new Random(seed);
        var positions = new HashSet<int>();
        count = Math.Min(count, length);
        while (positions.Count < count)
        {
            positions.Add(random.Next(length));
        }

        return [.. positions.Order()];
    }
}
