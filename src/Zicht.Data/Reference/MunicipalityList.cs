using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Zicht.Domain.Reference;
using Zicht.Domain.Registry;

namespace Zicht.Data.Reference;

/// <summary>Reads a CBS municipality code list (CSV with columns code, name, province).</summary>
public static class MunicipalityList
{
    /// <summary>The list shipped with this version of Zicht (municipalities on 1 January 2025).</summary>
    public static IReadOnlyList<Municipality> Shipped()
    {
        using var stream = typeof(MunicipalityList).Assembly.GetManifestResourceStream("municipalities.csv")
            ?? throw new InvalidOperationException("The shipped municipality list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader, "the shipped list");
    }

    /// <summary>Parses and checks a list; every problem names its line.</summary>
    public static IReadOnlyList<Municipality> Parse(TextReader text, string source)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            DetectDelimiter = true,
            TrimOptions = TrimOptions.Trim,
        };
        using var csv = new CsvReader(text, config);
        if (!csv.Read() || !csv.ReadHeader())
        {
            throw new FormatException($"{source}: empty; expected a header with code, name and province.");
        }

        foreach (var column in new[] { "code", "name", "province" })
        {
            if (!csv.HeaderRecord!.Any(h => h.Trim().Equals(column, StringComparison.OrdinalIgnoreCase)))
            {
                throw new FormatException($"{source}: the header lacks the column '{column}' (it has: {string.Join(", ", csv.HeaderRecord!)}).");
            }
        }

        var list = new List<Municipality>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var code = (csv.GetField("code") ?? "").Trim().ToUpperInvariant();
            var name = (csv.GetField("name") ?? "").Trim();
            var province = (csv.GetField("province") ?? "").Trim();
            if (!MunicipalityCodes.IsWellFormed(code))
            {
                throw new FormatException($"{source}, line {line}: '{code}' is not a CBS municipality code (GM and four digits).");
            }

            if (name.Length == 0 || province.Length == 0)
            {
                throw new FormatException($"{source}, line {line}: {code} needs a name and a province.");
            }

            if (!seen.Add(code))
            {
                throw new FormatException($"{source}, line {line}: {code} appears twice.");
            }

            list.Add(new Municipality(code, name, province));
        }

        return list.Count > 0 ? list : throw new FormatException($"{source}: no municipalities.");
    }
}
