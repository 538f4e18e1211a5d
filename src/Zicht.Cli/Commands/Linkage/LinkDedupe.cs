using System.CommandLine;
using Zicht.Linkage.Data;
using Zicht.Linkage.Settings;

namespace Zicht.Cli.Commands.Linkage;

/// <summary><c>zicht link dedupe</c>: duplicate pairs within one file.</summary>
internal static class LinkDedupe
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "CSV file (header row, UTF-8), clear or encoded by 'zicht link encode'.", Required = true };
        var o = new LinkOptions();
        var command = new Command("dedupe", "Find pairs of records within one file that are the same person.") { input };
        foreach (var option in o.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((p, ct) =>
        {
            var table = LinkTable.Read(p.GetValue(input), "--input");
            var idColumn = table.Header[table.Column(p.GetValue(o.IdColumn)!, "--id-column")];
            var ids = table.Ids(table.Column(idColumn, "--id-column"), "--id-column");
            var settings = LinkSettingsChoice.Choose(p.GetValue(o.Settings), table, idColumn, p.GetValue(o.Threshold), LinkSettingsChoice.Split(p.GetValue(o.Exclude)), Console.Out);
            if (table.Rows.Count < 2)
            {
                throw new BadInputException($"--input: {table.Path} has {table.Rows.Count} record(s); deduplication needs at least two.");
            }

            var data = Build(LinkRun.ForRun(settings, p.GetValue(o.AllPairs)), table.Header, () => (ids, table.Rows.Select(r => (IReadOnlyList<string?>)r).ToList()), table.Path);
            // The dataset holds what linking needs; the file's cells (an encoded file's are long) can go.
            table.Rows.Clear();
            table.Rows.TrimExcess();
            return Task.FromResult(LinkRun.Run(data, settings, p.GetValue(o.Output)!, p.GetValue(o.Clusters), p.GetValue(o.SaveSettings), p.GetValue(o.SaveModel), ct));
        });
        return command;
    }

    internal static LinkageDataset Build(LinkageSettings settings, IReadOnlyList<string> header, Func<(List<string> Ids, List<IReadOnlyList<string?>> Rows)> rows, string path)
    {
        try
        {
            var data = LinkageDataset.Create(settings, header);
            var (ids, values) = rows();
            data.AddRange(ids, values);
            return data;
        }
        catch (LinkageSettingsException e)
        {
            throw new BadInputException($"{path}: {e.Message}", e);
        }
        catch (FormatException e)
        {
            throw new BadInputException($"{path}: {e.Message}", e);
        }
    }
}
