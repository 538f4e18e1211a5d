using System.CommandLine;
using System.Globalization;
using CsvHelper;
using Zicht.Statistics.Disclosure;

namespace Zicht.Cli.Commands.Statistics;

/// <summary><c>zicht sdc</c>: protect a table of counts for publication (suppression with an exact audit, margins, status, footnote).</summary>
public static class SdcCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "CSV in long form: one column per dimension (1 to 3) and a count column.", Required = true };
        var countColumn = new Option<string>("--count-column") { Description = "The column with the counts.", Required = true };
        var threshold = new Option<int>("--threshold") { Description = "Minimum frequency: non-zero cells below it are suppressed.", DefaultValueFactory = _ => 10 };
        var margin = new Option<double?>("--margin") { Description = "Smallest width of a suppressed cell's recomputation interval (default: the threshold)." };
        var round = new Option<int?>("--round") { Description = "Round published values to multiples of this base." };
        var output = new Option<string?>("--output") { Description = "Write the protected table here (default: standard output)." };
        var command = new Command("sdc", "Statistical disclosure control: suppress and audit a table of counts so no one can be identified.")
        {
            input, countColumn, threshold, margin, round, output,
        };
        command.SetAction(p =>
        {
            var csv = CsvInput.Read(p.GetValue(input));
            var ci = csv.Column(p.GetValue(countColumn)!, "--count-column");
            var dims = Enumerable.Range(0, csv.Header.Length).Where(i => i != ci).ToArray();
            if (dims.Length is < 1 or > 3)
            {
                throw new BadInputException($"{csv.Path}: {dims.Length} dimension columns besides '{csv.Header[ci]}'; a table has 1 to 3.");
            }

            var rows = csv.Rows.Select(r =>
            {
                var v = csv.Number(r.Line, r.Fields, ci);
                if (v < 0)
                {
                    throw new BadInputException($"{csv.Path}, line {r.Line}, column '{csv.Header[ci]}': count {v} is negative.");
                }

                var cats = dims.Select(d => r.Fields[d]).ToArray();
                if (cats.Any(c => c == ProtectedTable.TotalLabel))
                {
                    throw new BadInputException($"{csv.Path}, line {r.Line}: '{ProtectedTable.TotalLabel}' is reserved for margins; give the table without totals.");
                }

                return (cats, v);
            }).ToList();
            if (rows.Count == 0)
            {
                throw new BadInputException($"{csv.Path}: no rows (only a header).");
            }

            var options = new SdcOptions { Threshold = p.GetValue(threshold), ProtectionMargin = p.GetValue(margin), RoundingBase = p.GetValue(round) };
            try
            {
                options.Validate();
            }
            catch (ArgumentException e)
            {
                throw new BadInputException($"--{e.Message}", e);
            }

            var table = CountTable.FromRows(dims.Select(d => csv.Header[d]).ToArray(), rows);
            var result = TableProtector.Protect(table, options);
            var path = p.GetValue(output);
            var writer = path is null ? Console.Out : new StreamWriter(path);
            try
            {
                using var csvOut = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
                foreach (var d in result.Dimensions)
                {
                    csvOut.WriteField(d);
                }

                csvOut.WriteField("status");
                csvOut.WriteField(csv.Header[ci]);
                csvOut.NextRecord();
                foreach (var cell in result.Cells)
                {
                    foreach (var c in cell.Categories)
                    {
                        csvOut.WriteField(c);
                    }

                    csvOut.WriteField(cell.Status.ToString().ToLowerInvariant());
                    csvOut.WriteField(cell.Published?.ToString(CultureInfo.InvariantCulture) ?? "");
                    csvOut.NextRecord();
                }

                csvOut.Flush();
            }
            finally
            {
                if (path is not null)
                {
                    writer.Dispose();
                }
            }

            var summary = $"{result.Footnote}{(result.AuditPassed ? "" : " Warning: the audit could not prove every suppressed cell protected.")}";
            (path is null ? Console.Error : Console.Out).WriteLine(summary);
            return result.AuditPassed ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }
}
