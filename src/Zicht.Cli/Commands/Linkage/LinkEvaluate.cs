using System.CommandLine;
using System.Globalization;
using Zicht.Linkage.Clustering;
using Zicht.Linkage.Evaluation;
using Zicht.Linkage.Scoring;

namespace Zicht.Cli.Commands.Linkage;

/// <summary><c>zicht link evaluate</c>: pairwise precision, recall and F1 of a pairs file against a truth column, and cluster-level measures.</summary>
internal static class LinkEvaluate
{
    public static Command Create()
    {
        var pairs = new Option<string>("--pairs") { Description = "Pairs CSV written by 'link dedupe' or 'link pair' (id_left,id_right,probability,...).", Required = true };
        var truthColumn = new Option<string>("--truth-column") { Description = "Column of --input (and --right) with the true entity (person) of each record.", Required = true };
        var input = new Option<string>("--input") { Description = "The file that was deduplicated, or the left file that was linked.", Required = true };
        var right = new Option<string?>("--right") { Description = "For 'link pair' results: the right file." };
        var idColumn = new Option<string>("--id-column") { Description = "Identifier column.", DefaultValueFactory = _ => "id" };
        var threshold = new Option<double?>("--threshold") { Description = "Count only pairs with at least this probability (default: every pair in the file)." };
        var linkableColumns = new Option<string?>("--linkable")
        {
            Description = "Comma-separated identifying columns (e.g. given_name,family_name,date_of_birth): records with none of them filled cannot be linked by any method; "
                + "also report accuracy on the other records and count these apart.",
        };
        var command = new Command("evaluate", "Measure linkage against known truth: pairwise precision, recall and F1, and cluster measures.")
        {
            pairs, truthColumn, input, right, idColumn, threshold, linkableColumns,
        };
        command.SetAction(p =>
        {
            var left = LinkTable.Read(p.GetValue(input), "--input");
            var records = new Dictionary<(int, string), int>();
            var truth = new List<string>();
            var sources = new List<int>();
            var linkable = new List<bool>();
            var identifying = p.GetValue(linkableColumns) is { } list
                ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : null;
            if (identifying is { Length: 0 })
            {
                throw new BadInputException("--linkable: name at least one column.");
            }

            Add(left, 0);
            var linking = p.GetValue(right) is not null;
            if (linking)
            {
                Add(LinkTable.Read(p.GetValue(right), "--right"), 1);
            }

            var minimum = p.GetValue(threshold) ?? 0;
            var predicted = ReadPairs(p.GetValue(pairs)!, records, linking, minimum);
            var scores = LinkageEvaluator.Pairs(predicted, truth, linking ? sources : null);
            var clusters = LinkageEvaluator.Clusters(
                Clusterer.Cluster(truth.Count, predicted.Select(x => new ScoredPair(x.Left, x.Right, 100, 1)), 0.5, 0).ClusterOf, truth);
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"pairs            {scores.TruePositives + scores.FalsePositives:N0} predicted, {scores.TruePositives + scores.FalseNegatives:N0} true"));
            Console.WriteLine(string.Create(c, $"precision        {scores.Precision:F4}  ({scores.TruePositives:N0} right, {scores.FalsePositives:N0} wrong)"));
            Console.WriteLine(string.Create(c, $"recall           {scores.Recall:F4}  ({scores.FalseNegatives:N0} true pairs missed)"));
            Console.WriteLine(string.Create(c, $"F1               {scores.F1:F4}"));
            Console.WriteLine(string.Create(c, $"clusters (connected pairs): pairwise precision {clusters.Pairwise.Precision:F4}, recall {clusters.Pairwise.Recall:F4}, F1 {clusters.Pairwise.F1:F4}"));
            Console.WriteLine(string.Create(c, $"                  B-cubed precision {clusters.BCubedPrecision:F4}, recall {clusters.BCubedRecall:F4}; {clusters.PredictedClusters:N0} clusters for {clusters.TrueClusters:N0} true entities, {clusters.ExactClusterShare:P1} recovered exactly"));
            if (identifying is not null)
            {
                var l = LinkageEvaluator.PairsOfLinkable(predicted, truth, linkable, linking ? sources : null);
                var s = l.Linkable;
                Console.WriteLine(string.Create(c, $"linkable records {l.LinkableRecords:N0} of {truth.Count:N0} (a value in at least one of {string.Join(", ", identifying)})"));
                Console.WriteLine(string.Create(c, $"  precision      {s.Precision:F4}  ({s.TruePositives:N0} right, {s.FalsePositives:N0} wrong)"));
                Console.WriteLine(string.Create(c, $"  recall         {s.Recall:F4}  ({s.FalseNegatives:N0} true pairs missed)"));
                Console.WriteLine(string.Create(c, $"  F1             {s.F1:F4}"));
                Console.WriteLine(string.Create(c, $"not linkable     {l.UnlinkableRecords:N0} records without any of these; {l.TruePairsWithUnlinkable:N0} true pairs involve one, {l.PredictedWithUnlinkable:N0} predicted pairs do ({l.PredictedWithUnlinkableRight:N0} right)"));
            }

            return ExitCodes.Ok;

            void Add(LinkTable table, int source)
            {
                var ids = table.Ids(table.Column(p.GetValue(idColumn)!, "--id-column"), "--id-column");
                var t = table.Column(p.GetValue(truthColumn)!, "--truth-column");
                var identifyingAt = identifying?.Select(name => table.Column(name, "--linkable")).ToArray() ?? [];
                for (var r = 0; r < ids.Count; r++)
                {
                    records[(source, ids[r])] = truth.Count;
                    truth.Add(table.Rows[r][t] ?? throw new BadInputException($"{table.Path}, line {table.Lines[r]}: the truth column '{table.Header[t]}' is empty."));
                    sources.Add(source);
                    linkable.Add(identifyingAt.Any(i => !string.IsNullOrWhiteSpace(table.Rows[r][i])));
                }
            }
        });
        return command;
    }

    private static List<(int Left, int Right)> ReadPairs(string path, Dictionary<(int, string), int> records, bool linking, double minimum)
    {
        var table = LinkTable.Read(path, "--pairs");
        var l = table.Column("id_left", "--pairs");
        var r = table.Column("id_right", "--pairs");
        var p = table.Column("probability", "--pairs");
        var result = new List<(int, int)>(table.Rows.Count);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            if (!double.TryParse(row[p], NumberStyles.Float, CultureInfo.InvariantCulture, out var probability))
            {
                throw new BadInputException($"{path}, line {table.Lines[i]}: probability '{row[p]}' is not a number.");
            }

            if (probability < minimum)
            {
                continue;
            }

            result.Add((Find(row[l], 0, i), Find(row[r], linking ? 1 : 0, i)));
        }

        return result;

        int Find(string? id, int source, int i) =>
            id is not null && records.TryGetValue((source, id), out var index)
                ? index
                : throw new BadInputException($"{path}, line {table.Lines[i]}: record '{id}' is not in the {(source == 0 ? "--input" : "--right")} file.");
    }
}
