using Zicht.Linkage.Clustering;
using Zicht.Linkage.Data;
using Zicht.Linkage.Evaluation;
using Zicht.Linkage.Privacy;
using Zicht.Linkage.Scoring;
using Zicht.Linkage.Settings;
using Zicht.Linkage.Tests.Fixtures;

namespace Zicht.Linkage.Tests;

public sealed class RecordLevelTests
{
    private static readonly byte[] Secret = "the parties' shared secret, 32 bytes+"u8.ToArray();

    private static (ClusterScores Scores, LinkageResult Result) Dedupe(LinkageSettings settings, IReadOnlyList<string> columns, List<IReadOnlyList<string?>> rows)
    {
        var data = LinkageDataset.Create(settings, columns);
        data.AddRange([.. rows.Select(r => r[0]!)], rows);
        var result = LinkageEngine.Run(data);
        var truth = rows.Select(r => r[columns.ToList().IndexOf("person_id")]!).ToList();
        var clustering = Clusterer.Cluster(data.Count, result.Pairs, settings.Threshold, settings.MinClusterDensity);
        return (LinkageEvaluator.Clusters(clustering.ClusterOf, truth), result);
    }

    [Fact]
    public void One_filter_per_record_still_links_with_keyed_blocking()
    {
        var people = MessyPeople.Generate(3000, seed: 31);
        var clear = SettingsGuesser.Guess(PersonRecord.Columns, [.. people.Select(p => (IReadOnlyList<string?>)p.Row())], "id").Settings;
        var encoder = new BloomEncoder(Secret, clear, PersonRecord.Columns, new BloomEncodingOptions { RecordLevel = true, Keep = ["id", "person_id"] });
        var rows = people.Select(p => (IReadOnlyList<string?>)encoder.Encode(p.Row())).ToList();
        var settings = SettingsGuesser.Guess(encoder.Columns, rows, "id").Settings with { RandomPairs = 300_000 };
        Assert.Equal("record", Assert.Single(settings.Comparisons).Name);
        Assert.Contains(settings.Blocking, r => r.Keys.Any(k => k.Column == "last_name"));

        var (scores, result) = Dedupe(settings, encoder.Columns, rows);
        Assert.True(scores.Pairwise.Precision >= 0.9, $"precision {scores.Pairwise.Precision:F4}");
        Assert.True(scores.Pairwise.Recall >= 0.9, $"recall {scores.Pairwise.Recall:F4} {LinkageJson.Write(result.Model with { Settings = new LinkageSettings() })} {string.Join(";", result.Report.Rules)}");
    }

    [Fact]
    public void Lsh_on_the_filters_blocks_similar_names_together()
    {
        var people = MessyPeople.Generate(2000, seed: 32);
        var clear = SettingsGuesser.Guess(PersonRecord.Columns, [.. people.Select(p => (IReadOnlyList<string?>)p.Row())], "id").Settings;
        var encoder = new BloomEncoder(Secret, clear, PersonRecord.Columns, new BloomEncodingOptions { Keep = ["id", "person_id"] });
        var rows = people.Select(p => (IReadOnlyList<string?>)encoder.Encode(p.Row())).ToList();
        var guessed = SettingsGuesser.Guess(encoder.Columns, rows, "id").Settings;
        var lsh = Enumerable.Range(1, 8).Select(seed => new BlockingRuleSettings
        {
            Keys = [new BlockingKeySettings { Column = "last_name", Transform = BlockingTransform.Lsh, Bits = 12, Seed = seed }],
        });
        var settings = guessed with { Blocking = [.. lsh, new BlockingRuleSettings { Keys = [new BlockingKeySettings { Column = "date_of_birth", Transform = BlockingTransform.Swap }] }], RandomPairs = 300_000 };

        var (scores, result) = Dedupe(settings, encoder.Columns, rows);
        Assert.True(result.CandidatesPerRule.Take(8).Sum() > 0);
        Assert.True(scores.Pairwise.Recall >= 0.95, $"recall {scores.Pairwise.Recall:F4}");
        Assert.True(scores.Pairwise.Precision >= 0.95, $"precision {scores.Pairwise.Precision:F4}");
    }
}
