using Zicht.Linkage.Clustering;
using Zicht.Linkage.Data;
using Zicht.Linkage.Evaluation;
using Zicht.Linkage.Privacy;
using Zicht.Linkage.Scoring;
using Zicht.Linkage.Settings;
using Zicht.Linkage.Tests.Fixtures;

namespace Zicht.Linkage.Tests;

/// <summary>End-to-end accuracy on messy synthetic registrations with known truth, in clear and privacy-preserving mode.</summary>
public sealed class AccuracyTests
{
    private const int Size = 8000;

    private static readonly Lazy<List<PersonRecord>> People = new(() => MessyPeople.Generate(Size, seed: 11));

    private static (PairwiseScores Links, ClusterScores Clusters) Dedupe(IReadOnlyList<string> columns, List<IReadOnlyList<string?>> rows)
    {
        var settings = SettingsGuesser.Guess(columns, rows, "id").Settings with { RandomPairs = 300_000 };
        var data = LinkageDataset.Create(settings, columns);
        var idColumn = columns.ToList().IndexOf("id");
        data.AddRange([.. rows.Select(r => r[idColumn]!)], rows);
        var result = LinkageEngine.Run(data);
        var truthColumn = columns.ToList().IndexOf("person_id");
        var truth = rows.Select(r => r[truthColumn]!).ToList();
        var clustering = Clusterer.Cluster(data.Count, result.Pairs, settings.Threshold, settings.MinClusterDensity);
        return (LinkageEvaluator.Pairs(result.Pairs.Select(p => (p.Left, p.Right)), truth), LinkageEvaluator.Clusters(clustering.ClusterOf, truth));
    }

    [Fact]
    public void Deduplication_finds_the_persons_behind_messy_registrations()
    {
        var (links, clusters) = Dedupe(PersonRecord.Columns, [.. People.Value.Select(p => (IReadOnlyList<string?>)p.Row())]);
        Assert.True(clusters.Pairwise.Precision >= 0.99, $"cluster pairwise precision {clusters.Pairwise.Precision:F4}");
        Assert.True(clusters.Pairwise.Recall >= 0.99, $"cluster pairwise recall {clusters.Pairwise.Recall:F4}");
        Assert.True(links.Precision >= 0.99, $"link precision {links.Precision:F4}");
        Assert.True(links.Recall >= 0.975, $"link recall {links.Recall:F4}");
    }

    [Fact]
    public void Privacy_preserving_deduplication_is_nearly_as_accurate()
    {
        var settings = SettingsGuesser.Guess(PersonRecord.Columns, [.. People.Value.Take(1000).Select(p => (IReadOnlyList<string?>)p.Row())], "id").Settings;
        var encoder = new BloomEncoder("a secret shared by both parties"u8.ToArray(), settings, PersonRecord.Columns, new BloomEncodingOptions { Keep = ["id", "person_id"] });
        var encoded = People.Value.Select(p => (IReadOnlyList<string?>)encoder.Encode(p.Row())).ToList();
        Assert.DoesNotContain(encoded, row => row.Any(v => v is not null && v.Contains(People.Value[0].LastName!, StringComparison.OrdinalIgnoreCase)));

        var (links, clusters) = Dedupe(encoder.Columns, encoded);
        Assert.True(clusters.Pairwise.Precision >= 0.98, $"cluster pairwise precision {clusters.Pairwise.Precision:F4}");
        Assert.True(clusters.Pairwise.Recall >= 0.98, $"cluster pairwise recall {clusters.Pairwise.Recall:F4}");
        Assert.True(links.Precision >= 0.98, $"link precision {links.Precision:F4}");
        Assert.True(links.Recall >= 0.96, $"link recall {links.Recall:F4}");
    }
}
