using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Zicht.Cli.Commands.Statistics;

/// <summary>A CSV file read whole: its header and rows, with file line numbers for error messages.</summary>
internal sealed class CsvInput
{
    private CsvInput(string path, string[] header, List<(int Line, string[] Fields)> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
    }

    public string Path { get; }

    public string[] Header { get; }

    public IReadOnlyList<(int Line, string[] Fields)> Rows { get; }

    public static CsvInput Read(string? path, string option = "--input")
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new BadInputException($"{option}: give the CSV file to read.");
        }

        if (!File.Exists(path))
        {
            throw new BadInputException($"{option}: there is no file {path}.");
        }

        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, TrimOptions = TrimOptions.Trim };
        using var reader = new StreamReader(path);
        using var parser = new CsvParser(reader, config);
        if (!parser.Read() || parser.Record is null)
        {
            throw new BadInputException($"{path}: the file is empty; it needs a header row.");
        }

        var header = parser.Record;
        var rows = new List<(int, string[])>();
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

            rows.Add((parser.RawRow, record));
        }

        return new CsvInput(path, header, rows);
    }

    /// <summary>The index of a named column, or a bad-input error naming the option and the columns there are.</summary>
    public int Column(string name, string option)
    {
        var i = Array.FindIndex(Header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        if (i < 0)
        {
            throw new BadInputException($"{option}: {Path} has no column '{name}'; its columns are {string.Join(", ", Header)}.");
        }

        return i;
    }

    public double Number(int line, string[] fields, int column)
    {
        var text = fields[column];
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new BadInputException($"{Path}, line {line}, column '{Header[column]}': '{text}' is not a number.");
        }

        return value;
    }
}
