using System.CommandLine;
using Zicht.Linkage.Data;
using Zicht.Linkage.Settings;

namespace Zicht.Cli.Commands.Linkage;

/// <summary><c>zicht link pair</c>: pairs of records, one from each of two files, that are the same person.</summary>
internal static class LinkPair
{
    public static Command Create()
    {
        var left = new Option<string>("--left") { Description = "First CSV file; its columns define the comparison.", Required = true };
        var right = new Option<string>("--right") { Description = "Second CSV file, with (at least) the same columns in any order.", Required = true };
        var o = new LinkOptions();
        var command = new Command("pair", "Link two files: find the records of one that are the same person as records of the other.") { left, right };
        foreach (var option in o.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((p, ct) =>
        {
            var a = LinkTable.Read(p.GetValue(left), "--left");
            var b = LinkTable.Read(p.GetValue(right), "--right");
            var idName = p.GetValue(o.IdColumn)!;
            var idA = a.Column(idName, "--id-column");
            var idsA = a.Ids(idA, "--id-column");
            var rowsB = b.RowsIn(a.Header, "--right");
            var idsB = b.Ids(b.Column(idName, "--id-column"), "--id-column");
            var settings = LinkSettingsChoice.Choose(p.GetValue(o.Settings), a, a.Header[idA], p.GetValue(o.Threshold), LinkSettingsChoice.Split(p.GetValue(o.Exclude)), Console.Out);
            if (a.Rows.Count == 0 || b.Rows.Count == 0)
            {
                throw new BadInputException("--left and --right each need at least one record.");
            }

            LinkageDataset data;
            try
            {
                data = LinkageDataset.Create(LinkRun.ForRun(settings, p.GetValue(o.AllPairs)), a.Header);
                data.AddRange(idsA, [.. a.Rows.Select(r => (IReadOnlyList<string?>)r)], source: 0);
                data.AddRange(idsB, rowsB, source: 1);
            }
            catch (Exception e) when (e is LinkageSettingsException or FormatException)
            {
                throw new BadInputException(e.Message, e);
            }

            return Task.FromResult(LinkRun.Run(data, settings, p.GetValue(o.Output)!, p.GetValue(o.Clusters), p.GetValue(o.SaveSettings), p.GetValue(o.SaveModel), ct));
        });
        return command;
    }
}
