namespace Zicht.Linkage.Settings;

/// <summary>Column names of encoded files: <c>field~bf</c> holds a field's Bloom filter, <c>field~transform</c> a keyed blocking hash, <c>~clk</c> a record-level filter.</summary>
public static class EncodedColumns
{
    public const char Separator = '~';

    public const string BloomSuffix = "~bf";

    /// <summary>The record-level cryptographic long-term key column.</summary>
    public const string RecordLevel = "~clk";

    public static string Bloom(string field) => field + BloomSuffix;

    /// <summary>The column with keyed hashes of a name's words (<c>field~parts</c>), for the "a shared part" level.</summary>
    public static string Parts(string field) => field + Separator + "parts";

    /// <summary>The column with keyed hashes of a name's one-deletion neighbourhood (<c>field~edits</c>), for the "one edit apart" level.</summary>
    public static string Edits(string field) => field + Separator + "edits";

    /// <summary>Bytes of one keyed hash in a <c>~edits</c> cell.</summary>
    public const int EditHashBytes = 6;

    /// <summary>Reads a <c>~edits</c> cell: Base64 of 6-byte keyed hashes, one after the other; sorted, for intersecting.</summary>
    public static ulong[] ReadEdits(string cell, string column)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(cell.Trim());
        }
        catch (FormatException e)
        {
            throw new FormatException($"column '{column}': '{(cell.Length > 24 ? cell[..24] + "…" : cell)}' is not Base64.", e);
        }

        if (bytes.Length % EditHashBytes != 0)
        {
            throw new FormatException($"column '{column}': {bytes.Length} bytes is not a whole number of {EditHashBytes}-byte hashes.");
        }

        var hashes = new ulong[bytes.Length / EditHashBytes];
        for (var i = 0; i < hashes.Length; i++)
        {
            ulong h = 0;
            for (var k = 0; k < EditHashBytes; k++)
            {
                h = (h << 8) | bytes[(i * EditHashBytes) + k];
            }

            hashes[i] = h;
        }

        Array.Sort(hashes);
        return hashes;
    }

    /// <summary>The column telling whether a record's surname may be a married name (<c>field~married</c>: 1, 0 or empty).</summary>
    public static string Married(string field) => field + Separator + "married";

    /// <summary>Reads a <c>~parts</c> cell: 16-hex-digit keyed hashes separated by spaces.</summary>
    public static ulong[] ReadParts(string cell) =>
        [.. cell.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => ulong.Parse(h, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture))];

    public static string Key(string field, BlockingTransform transform) => $"{field}{Separator}{transform.ToString().ToLowerInvariant()}";

    /// <summary>The field a column belongs to: <c>first_name~phonetic</c> → <c>first_name</c>.</summary>
    public static string FieldOf(string column)
    {
        var i = column.IndexOf(Separator, StringComparison.Ordinal);
        return i < 0 ? column : column[..i];
    }

    public static bool IsEncoded(IEnumerable<string> columns) => columns.Any(c => c.Contains(Separator, StringComparison.Ordinal));
}
