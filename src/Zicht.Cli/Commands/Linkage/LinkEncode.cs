using System.CommandLine;
using System.Globalization;
using System.Text;
using CsvHelper;
using Zicht.Linkage.Privacy;
using Zicht.Linkage.Settings;

namespace Zicht.Cli.Commands.Linkage;

/// <summary><c>zicht link encode</c>: writes keyed Bloom-filter encodings that <c>dedupe</c> and <c>pair</c> read like clear files.</summary>
internal static class LinkEncode
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "CSV file in clear.", Required = true };
        var secretFile = new Option<string>("--secret-file") { Description = "File with the secret shared by the parties that link (at least 16 bytes; for example 32 random bytes in Base64).", Required = true };
        var output = new Option<string>("--output") { Description = "Encoded CSV: ~bf columns hold Bloom filters, other ~ columns keyed blocking hashes.", Required = true };
        var settings = new Option<string?>("--settings") { Description = "Settings JSON naming the fields to encode and the blocking keys; chosen from the columns when absent." };
        var idColumn = new Option<string?>("--id-column") { Description = "Identifier column, copied unencoded (default: a column named 'id', else the first column)." };
        var keep = new Option<string?>("--keep") { Description = "Further columns to copy unencoded, comma-separated (never names or dates of birth)." };
        var recordLevel = new Option<bool>("--record-level") { Description = "One Bloom filter for the whole record (CLK) instead of one per field." };
        var command = new Command("encode", "Encode records as keyed Bloom filters for privacy-preserving linkage.")
        {
            input, secretFile, output, settings, idColumn, keep, recordLevel,
        };
        command.SetAction(p =>
        {
            var table = LinkTable.Read(p.GetValue(input), "--input");
            if (EncodedColumns.IsEncoded(table.Header))
            {
                throw new BadInputException($"--input: {table.Path} is already encoded (it has columns with '~').");
            }

            var id = p.GetValue(idColumn) is { } named ? table.Header[table.Column(named, "--id-column")]
                : table.Header.FirstOrDefault(h => string.Equals(h, "id", StringComparison.OrdinalIgnoreCase)) ?? table.Header[0];
            table.Ids(table.Column(id, "--id-column"), "--id-column");
            var secret = ReadSecret(p.GetValue(secretFile)!);
            var kept = new[] { id }.Concat(LinkSettingsChoice.Split(p.GetValue(keep))).ToArray();
            var chosen = LinkSettingsChoice.Choose(p.GetValue(settings), table, id, null, kept, Console.Out);
            BloomEncoder encoder;
            try
            {
                encoder = new BloomEncoder(secret, chosen, table.Header, new BloomEncodingOptions { Keep = kept, RecordLevel = p.GetValue(recordLevel) });
            }
            catch (Exception e) when (e is LinkageSettingsException or ArgumentException)
            {
                throw new BadInputException(e.Message, e);
            }

            var path = p.GetValue(output)!;
            try
            {
                using var writer = new StreamWriter(path);
                using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
                foreach (var c in encoder.Columns)
                {
                    csv.WriteField(c);
                }

                csv.NextRecord();
                foreach (var row in table.Rows)
                {
                    foreach (var v in encoder.Encode(row))
                    {
                        csv.WriteField(v ?? string.Empty);
                    }

                    csv.NextRecord();
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new BadInputException($"--output: cannot write {path}: {e.Message}", e);
            }

            Console.WriteLine($"{table.Rows.Count:N0} records encoded into {encoder.Columns.Count} columns ({string.Join(", ", encoder.Columns)}); written to {path}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The secret's bytes; surrounding whitespace (a final newline) is not part of it.</summary>
    private static byte[] ReadSecret(string path)
    {
        if (!File.Exists(path))
        {
            throw new BadInputException($"--secret-file: there is no file {path}.");
        }

        var bytes = File.ReadAllBytes(path);
        var text = Encoding.UTF8.GetString(bytes);
        // A text secret (Base64, a passphrase) without its final newline; random binary bytes as they are.
        var isText = !text.Contains('\uFFFD', StringComparison.Ordinal) && text.All(c => !char.IsControl(c) || char.IsWhiteSpace(c));
        var secret = isText ? Encoding.UTF8.GetBytes(text.Trim()) : bytes;
        return secret.Length >= 16 ? secret : throw new BadInputException($"--secret-file: {path} holds {secret.Length} bytes; use at least 16 (for example: head -c 32 /dev/urandom | base64 > {path}).");
    }
}
