using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using Zicht.Linkage.Clustering;
using Zicht.Linkage.Data;
using Zicht.Linkage.Scoring;
using Zicht.Linkage.Settings;

namespace Zicht.Cli.Commands.Linkage;

/// <summary>Runs the engine on a prepared dataset and writes pairs, clusters, settings and model as asked.</summary>
internal static class LinkRun
{
    /// <summary>The settings the dataset is built with: with --all-pairs the engine keeps pairs far below the threshold.</summary>
    public static LinkageSettings ForRun(LinkageSettings settings, bool allPairs) => allPairs ? settings with { Threshold = 1e-6 } : settings;

    public static int Run(LinkageDataset data, LinkageSettings settings, string output, string? clustersFile, string? saveSettings, string? saveModel, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var result = LinkageEngine.Run(data, progress: new SyncProgress<string>(m => Console.Error.WriteLine($"link: {m}")), ct: ct);
        foreach (var warning in result.Report.Warnings)
        {
            Console.Error.WriteLine($"link: warning: {warning}");
        }

        var model = result.Model with { Settings = settings };
        var links = result.Pairs.Where(p => p.Probability >= settings.Threshold).ToList();
        WriteOutput(output, () => PairWriter.Write(output, result, result.Pairs));
        var clustering = Clusterer.Cluster(data.Count, links, settings.Threshold, settings.MinClusterDensity);
        if (clustersFile is not null)
        {
            WriteOutput(clustersFile, () =>
            {
                using var writer = new StreamWriter(clustersFile);
                using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
                csv.WriteField("id");
                if (data.IsLinking)
                {
                    csv.WriteField("file");
                }

                csv.WriteField("cluster");
                csv.NextRecord();
                for (var r = 0; r < data.Count; r++)
                {
                    csv.WriteField(data.Id(r));
                    if (data.IsLinking)
                    {
                        csv.WriteField(data.Source(r) == 0 ? "left" : "right");
                    }

                    csv.WriteField(clustering.ClusterOf[r].ToString(CultureInfo.InvariantCulture));
                    csv.NextRecord();
                }
            });
        }

        if (saveSettings is not null)
        {
            WriteOutput(saveSettings, () => File.WriteAllText(saveSettings, LinkageJson.Write(settings)));
        }

        if (saveModel is not null)
        {
            WriteOutput(saveModel, () => File.WriteAllText(saveModel, LinkageJson.Write(model)));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{data.Count:N0} records, {result.CandidatePairs:N0} candidate pairs, {links.Count:N0} links at probability >= {settings.Threshold}, {clustering.ClusterCount:N0} clusters; {clock.Elapsed.TotalSeconds:F1} s. Pairs written to {output}."));
        return ExitCodes.Ok;
    }

    private static void WriteOutput(string path, Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            throw new BadInputException($"cannot write {path}: {e.Message}", e);
        }
    }
}
