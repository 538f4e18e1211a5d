using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Zicht.Cli.Commands.Linkage;

/// <summary>A CSV file read for linkage: header, rows (empty fields as missing) and each row's line for error messages.</summary>
internal sealed class LinkTable
{
    private LinkTable(string path, string[] header, List<string?[]> rows, List<int> lines)
    {
        Path = path;
        Header = header;
        Rows = rows;
        Lines = lines;
    }

    public string Path { get; }

    public string[] Header { get; }

    public List<string?[]> Rows { get; }

    public List<int> Lines { get; }

    public static LinkTable Read(string? path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new BadInputException($"{option}: give the CSV file to read.");
        }

        if (!File.Exists(path))
        {
            throw new BadInputException($"{option}: there is no file {path}.");
        }

        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, TrimOptions = TrimOptions.Trim, BadDataFound = null };
        using var reader = new StreamReader(path);
        using var parser = new CsvParser(reader, config);
        if (!parser.Read() || parser.Record is null)
        {
            throw new BadInputException($"{option}: {path} is empty; it needs a header row.");
        }

        var header = parser.Record.Select(h => h.Trim()).ToArray();
        var duplicate = header.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new BadInputException($"{option}: {path} has the column '{duplicate.Key}' twice.");
        }

        var rows = new List<string?[]>();
        var lines = new List<int>();
        var pools = new CellPools(header.Length);
        while (parser.Read())
        {
            var record = parser.Record!;
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (record.Length != header.Length)
            {
                throw new BadInputException($"{path}, line {parser.RawRow}: {record.Length} fields where the header has {header.Length}.");
            }

            var row = new string?[record.Length];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = string.IsNullOrWhiteSpace(record[i]) ? null : pools.Share(i, record[i]);
            }

            rows.Add(row);
            lines.Add(parser.RawRow);
        }

        return new LinkTable(path, header, rows, lines);
    }

    /// <summary>The index of a named column, or a bad-input error naming the option and the columns there are.</summary>
    public int Column(string name, string option)
    {
        var i = Array.FindIndex(Header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        return i >= 0 ? i : throw new BadInputException($"{option}: {Path} has no column '{name}'; its columns are {string.Join(", ", Header)}.");
    }

    /// <summary>Every row's identifier; a missing or repeated one is bad input, named by line.</summary>
    public List<string> Ids(int column, string option)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<string>(Rows.Count);
        for (var r = 0; r < Rows.Count; r++)
        {
            var id = Rows[r][column] ?? throw new BadInputException($"{Path}, line {Lines[r]}: the {option} column '{Header[column]}' is empty.");
            if (!seen.TryAdd(id, Lines[r]))
            {
                throw new BadInputException($"{Path}, line {Lines[r]}: identifier '{id}' in column '{Header[column]}' was already used on line {seen[id]}.");
            }

            ids.Add(id);
        }

        return ids;
    }

    /// <summary>The rows with their values in the order of <paramref name="columns"/> (for linking a second file laid out differently).</summary>
    public List<IReadOnlyList<string?>> RowsIn(IReadOnlyList<string> columns, string option)
    {
        var map = columns.Select(c => Column(c, option)).ToArray();
        return [.. Rows.Select(row => (IReadOnlyList<string?>)map.Select(i => row[i]).ToArray())];
    }
}
