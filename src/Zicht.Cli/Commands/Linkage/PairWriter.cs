using System.Globalization;
using CsvHelper;
using Zicht.Linkage.Scoring;

namespace Zicht.Cli.Commands.Linkage;

/// <summary>Writes scored pairs as CSV: id_left, id_right, probability, then the weight of each comparison and the total match weight.</summary>
internal static class PairWriter
{
    public static void Write(string path, LinkageResult result, IEnumerable<ScoredPair> pairs)
    {
        var comparisons = result.Model.Comparisons;
        using var writer = new StreamWriter(path);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteField("id_left");
        csv.WriteField("id_right");
        csv.WriteField("probability");
        foreach (var c in comparisons)
        {
            csv.WriteField($"weight_{c.Name}");
        }

        csv.WriteField("match_weight");
        csv.NextRecord();
        var weights = new double[comparisons.Count];
        var levels = new int[comparisons.Count];
        foreach (var p in pairs)
        {
            csv.WriteField(result.Scorer.Data.Id(p.Left));
            csv.WriteField(result.Scorer.Data.Id(p.Right));
            csv.WriteField(p.Probability.ToString("0.######", CultureInfo.InvariantCulture));
            result.Scorer.Weight(p.Left, p.Right, weights, levels);
            foreach (var w in weights)
            {
                csv.WriteField(w.ToString("0.###", CultureInfo.InvariantCulture));
            }

            csv.WriteField(p.Weight.ToString("0.###", CultureInfo.InvariantCulture));
            csv.NextRecord();
        }
    }
}
