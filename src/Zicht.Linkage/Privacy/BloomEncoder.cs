using System.Security.Cryptography;
using System.Text;
using Zicht.Linkage.Normalisation;
using Zicht.Linkage.Settings;

namespace Zicht.Linkage.Privacy;

/// <summary>
/// Encodes records for privacy-preserving linkage: each field's n-grams are hashed with HMAC-SHA-256 under a key
/// derived from a shared secret into a Bloom filter (a cryptographic long-term key, Schnell, Bachteler and Reiher
/// 2009), and each blocking key becomes a keyed hash. Parties holding the same secret get comparable encodings;
/// without it the encodings reveal no names. First and last names share a key so swapped names still compare.
/// </summary>
public sealed class BloomEncoder
{
    private readonly byte[] _blockingKey;
    private readonly Dictionary<string, byte[]> _fieldKeys = [];
    private readonly BloomEncodingOptions _options;
    private readonly List<Func<IReadOnlyList<string?>, string?>> _writers = [];
    private readonly Dictionary<(string, string), ulong[]> _cache = [];
    private readonly byte[] _secret;

    public BloomEncoder(byte[] secret, LinkageSettings settings, IReadOnlyList<string> columns, BloomEncodingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length < 16)
        {
            throw new ArgumentException($"the secret has {secret.Length} bytes; use at least 16 (better 32 random bytes).", nameof(secret));
        }

        _secret = secret;
        _options = options ?? new BloomEncodingOptions();
        foreach (var bits in new[] { _options.TextBits, _options.ShortBits, _options.RecordBits, _options.YearBits })
        {
            if (bits < 64 || bits % 64 != 0)
            {
                throw new ArgumentException($"a filter of {bits} bits; use a positive multiple of 64.", nameof(options));
            }
        }

        if (EncodedColumns.IsEncoded(columns))
        {
            throw new ArgumentException("the file is already encoded (it has columns with '~').", nameof(columns));
        }

        _blockingKey = Derive("zicht-blocking-v1");
        var resolver = new ColumnResolver(columns);
        var output = new List<string>();

        foreach (var keep in _options.Keep.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var i = resolver.Find(keep);
            if (i < 0)
            {
                throw new LinkageSettingsException($"column '{keep}' to keep is not in the file.");
            }

            output.Add(columns[i]);
            _writers.Add(row => Cell(row, i));
        }

        var fields = settings.Comparisons
            .Where(c => c.Type != ComparisonType.Bloom)
            .GroupBy(c => c.Column, StringComparer.OrdinalIgnoreCase)
            .Select(g => new EncodedField(g.Key, resolver.Find(g.Key), g.First().Type, Find(g.First().AgeColumn), Find(g.First().ReferenceColumn)))
            .ToList();
        foreach (var f in fields.Where(f => f.Index < 0))
        {
            throw new LinkageSettingsException($"settings: column '{f.Column}' is not in the file.");
        }

        int Find(string? column) => column is null ? -1
            : resolver.Find(column) is >= 0 and var i ? i : throw new LinkageSettingsException($"settings: column '{column}' is not in the file.");

        if (_options.RecordLevel)
        {
            output.Add(EncodedColumns.RecordLevel);
            _writers.Add(row => Record(row, fields));
        }
        else
        {
            foreach (var field in fields)
            {
                output.Add(EncodedColumns.Bloom(field.Column));
                _writers.Add(row => Field(Value(row, field), field.Type));
            }

            // Names also get keyed hashes of their words, so "Anna Maria" and "Anna" share a part as they do in clear.
            foreach (var field in fields.Where(f => f.Type == ComparisonType.Name))
            {
                output.Add(EncodedColumns.Parts(field.Column));
                _writers.Add(row => Parts(Value(row, field)));
                output.Add(EncodedColumns.Edits(field.Column));
                _writers.Add(row => Edits(Value(row, field)));
            }

            // Whether a surname may be a married name travels as 1 or 0: it tells what the sex column tells, which the
            // few distinct filters of a sex column give away to a frequency count anyway.
            foreach (var c in settings.Comparisons.Where(c => c.Type == ComparisonType.Name && c.MarriedName is not null))
            {
                var sex = Find(c.MarriedName!.Column);
                var mayHaveMarried = c.MarriedName.Matcher();
                output.Add(EncodedColumns.Married(c.Column));
                _writers.Add(row => mayHaveMarried(Cell(row, sex)) switch { true => "1", false => "0", null => null });
            }
        }

        var keys = new List<(string Column, BlockingTransform Transform, ComparisonType Kind)>();
        foreach (var rule in settings.Blocking)
        {
            foreach (var key in rule.Keys.Where(k => k.Transform != BlockingTransform.Lsh))
            {
                var kind = settings.Comparisons.FirstOrDefault(c => string.Equals(c.Column, key.Column, StringComparison.OrdinalIgnoreCase))?.Type ?? ComparisonType.String;
                keys.Add((key.Column, key.Transform, kind));
            }
        }

        // Dates also get the swap key, for the "day and month swapped" level.
        keys.AddRange(fields.Where(f => f.Type == ComparisonType.Date && !_options.RecordLevel).Select(f => (f.Column, BlockingTransform.Swap, ComparisonType.Date)));
        foreach (var (column, transform, kind) in keys.Distinct())
        {
            var index = resolver.Find(column);
            if (index < 0)
            {
                throw new LinkageSettingsException($"settings: blocking column '{column}' is not in the file.");
            }

            var name = EncodedColumns.Key(columns[index], transform);
            if (output.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            output.Add(name);
            _writers.Add(row => KeyedHash(FieldNormaliser.Key(Cell(row, index), transform, kind), transform));
        }

        Columns = output;
    }

    /// <summary>The encoded file's columns.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Encodes one row (values in the order of the input columns); missing values stay empty.</summary>
    public string?[] Encode(IReadOnlyList<string?> row)
    {
        var result = new string?[_writers.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = _writers[i](row);
        }

        return result;
    }

    /// <summary>The n-grams of a value as the encoder hashes them: padded bigrams of names and strings, positional digits of dates, words of text.</summary>
    public static IReadOnlyList<string> Tokens(string? raw, ComparisonType type)
    {
        switch (type)
        {
            case ComparisonType.Name:
                return Bigrams(NameNormaliser.Normalise(raw).Core);
            case ComparisonType.Date:
                var digits = FieldNormaliser.Normalise(raw, ComparisonType.Date);
                return [.. digits.Select((d, i) => $"{i}:{d}")];
            case ComparisonType.Text:
                return [.. FieldNormaliser.Normalise(raw, type).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct()];
            case ComparisonType.BirthYear:
                return BirthYears.Tokens(BirthYears.Normalise(raw));
            case ComparisonType.Number:
            case ComparisonType.Category:
                var v = FieldNormaliser.Normalise(raw, type);
                return v.Length == 0 ? [] : [v];
            default:
                return Bigrams(FieldNormaliser.Normalise(raw, type));
        }
    }

    private static List<string> Bigrams(string value)
    {
        if (value.Length == 0)
        {
            return [];
        }

        var padded = $"_{value.Replace(' ', '_')}_";
        var grams = new List<string>(padded.Length);
        for (var i = 0; i + 1 < padded.Length; i++)
        {
            grams.Add(padded.Substring(i, 2));
        }

        return grams;
    }

    private static string? Cell(IReadOnlyList<string?> row, int index) => index < row.Count ? row[index] : null;

    private string? Field(string? raw, ComparisonType type)
    {
        var tokens = Tokens(raw, type);
        if (tokens.Count == 0)
        {
            return null;
        }

        var group = type is ComparisonType.Name ? "name" : type.ToString().ToLowerInvariant();
        var bits = type switch
        {
            ComparisonType.Name or ComparisonType.String or ComparisonType.Text => _options.TextBits,
            ComparisonType.BirthYear => _options.YearBits,
            _ => _options.ShortBits,
        };
        var hashes = type == ComparisonType.BirthYear ? _options.YearHashes : _options.Hashes;
        var cacheKey = (group, raw!);
        if (!_cache.TryGetValue(cacheKey, out var filter))
        {
            filter = new ulong[bits / 64];
            var key = FieldKey(group);
            foreach (var t in tokens)
            {
                Set(filter, key, t, hashes);
            }

            if (_cache.Count < 1_000_000)
            {
                _cache[cacheKey] = filter;
            }
        }

        return BloomFilter.ToBase64(filter);
    }

    private string? Record(IReadOnlyList<string?> row, List<EncodedField> fields)
    {
        var filter = new ulong[_options.RecordBits / 64];
        var key = FieldKey("clk");
        var any = false;
        foreach (var field in fields)
        {
            foreach (var t in Tokens(Value(row, field), field.Type))
            {
                Set(filter, key, $"{field.Column.ToLowerInvariant()}|{t}", _options.Hashes);
                any = true;
            }
        }

        return any ? BloomFilter.ToBase64(filter) : null;
    }

    /// <summary>The value a field encodes: its cell, or for a year of birth the year from the cell or the estimated age.</summary>
    private static string? Value(IReadOnlyList<string?> row, EncodedField field) =>
        field.Type == ComparisonType.BirthYear
            ? BirthYears.Of(Cell(row, field.Index), field.Age >= 0 ? Cell(row, field.Age) : null, field.Reference >= 0 ? Cell(row, field.Reference) : null)
            : Cell(row, field.Index);

    private void Set(ulong[] filter, byte[] key, string token, int hashes)
    {
        Span<byte> input = stackalloc byte[Encoding.UTF8.GetMaxByteCount(token.Length)];
        var length = Encoding.UTF8.GetBytes(token, input);
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(key, input[..length], mac);
        var h1 = BitConverter.ToUInt64(mac[..8]);
        var h2 = BitConverter.ToUInt64(mac[8..16]) | 1;
        var size = (ulong)filter.Length * 64;
        for (var i = 0UL; i < (ulong)hashes; i++)
        {
            var p = (h1 + (i * h2)) % size;
            filter[p >> 6] |= 1UL << (int)(p & 63);
        }
    }

    private string? Parts(string? raw)
    {
        var parts = NameNormaliser.Normalise(raw).Parts.Where(p => p.Length >= 2).Distinct().ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        return string.Join(' ', parts.Select(p => Convert.ToHexString(HMACSHA256.HashData(_blockingKey, Encoding.UTF8.GetBytes($"part|{p}")), 0, 8).ToLowerInvariant()));
    }

    /// <summary>
    /// Keyed hashes of a name's words and of every word with one letter left out (a symmetric-deletion neighbourhood):
    /// two names one typo apart share one (a letter changed, added, dropped or two neighbours swapped), which bigram
    /// filters of short names miss ("Rob" and "Rpb", "Garcu" and "Gacru"). As in clear, a name of one word counts from
    /// three letters, the words of a longer name from four, and a three-letter word of a longer name as itself only, so
    /// a word one letter longer meets it ("Ana Lucia" and "Anka") and another three-letter word does not; the name
    /// written without spaces counts too ("ten Wal", "Tenwal").
    /// </summary>
    private string? Edits(string? raw)
    {
        var name = NameNormaliser.Normalise(raw);
        var words = name.Core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var compact = name.Full.Replace(" ", string.Empty, StringComparison.Ordinal);
        var eligible = (words.Length == 1 ? words.Where(w => w.Length >= 3) : words.Where(w => w.Length >= 4)).ToList();
        if (compact.Length >= 3 && !eligible.Contains(compact))
        {
            eligible.Add(compact);
        }

        var variants = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in eligible)
        {
            variants.Add(word);
            for (var i = 0; i < word.Length; i++)
            {
                variants.Add(word.Remove(i, 1));
            }
        }

        if (words.Length > 1)
        {
            foreach (var word in words.Where(w => w.Length == 3))
            {
                variants.Add(word);
            }
        }

        if (variants.Count == 0)
        {
            return null;
        }

        // 48 bits a hash, packed and in Base64: a name has a dozen of them, and a million records carry them all.
        // In the order of the hashes, never of the names: an order of names would let cells be chained into an
        // alphabetical list of hashes that a public list of names unlocks without the key.
        var hashes = variants
            .Select(v => HMACSHA256.HashData(_blockingKey, Encoding.UTF8.GetBytes($"edit|{v}"))[..EncodedColumns.EditHashBytes])
            .OrderBy(h => Convert.ToHexString(h), StringComparer.Ordinal)
            .ToList();
        var packed = new byte[hashes.Count * EncodedColumns.EditHashBytes];
        for (var i = 0; i < hashes.Count; i++)
        {
            hashes[i].CopyTo(packed, i * EncodedColumns.EditHashBytes);
        }

        return Convert.ToBase64String(packed);
    }

    private string? KeyedHash(string value, BlockingTransform transform)
    {
        if (value.Length == 0)
        {
            return null;
        }

        var mac = HMACSHA256.HashData(_blockingKey, Encoding.UTF8.GetBytes($"{transform}|{value}"));
        return Convert.ToHexString(mac, 0, 12).ToLowerInvariant();
    }

    private byte[] FieldKey(string group)
    {
        if (!_fieldKeys.TryGetValue(group, out var key))
        {
            _fieldKeys[group] = key = Derive($"zicht-bloom-v1|{group}");
        }

        return key;
    }

    private byte[] Derive(string label) => HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(label));

    private sealed record EncodedField(string Column, int Index, ComparisonType Type, int Age, int Reference);
}
