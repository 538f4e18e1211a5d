using Zicht.Linkage.Clustering;
using Zicht.Linkage.Data;
using Zicht.Linkage.Incremental;
using Zicht.Linkage.Scoring;
using Zicht.Linkage.Settings;
using Zicht.Linkage.Tests.Fixtures;

namespace Zicht.Linkage.Tests;

public sealed class IncrementalTests
{
    /// <summary>An index over the first 2,500 records, clustered in batch, with later records of the same people held back.</summary>
    private static (LinkageIndex Index, List<PersonRecord> Later, Dictionary<string, string> ClusterOfPerson) Build()
    {
        var people = MessyPeople.Generate(3000, seed: 21);
        var first = people.Take(2500).ToList();
        var rows = first.Select(p => (IReadOnlyList<string?>)p.Row()).ToList();
        var settings = SettingsGuesser.Guess(PersonRecord.Columns, rows, "id").Settings with { RandomPairs = 300_000 };
        var data = LinkageDataset.Create(settings, PersonRecord.Columns);
        data.AddRange([.. first.Select(p => p.Id)], rows);
        var result = LinkageEngine.Run(data);
        var clustering = Clusterer.Cluster(data.Count, result.Pairs, settings.Threshold, settings.MinClusterDensity);
        var ids = clustering.ClusterOf.Select(c => $"P-{c:D5}").ToList();
        var index = LinkageIndex.Create(result.Model, data, ids);
        var clusterOfPerson = new Dictionary<string, string>();
        for (var i = 0; i < first.Count; i++)
        {
            clusterOfPerson.TryAdd(first[i].PersonId, ids[i]);
        }

        return (index, people.Skip(2500).ToList(), clusterOfPerson);
    }

    [Fact]
    public void New_records_join_their_person_or_start_a_new_one_and_existing_ids_stay()
    {
        var (index, later, clusterOfPerson) = Build();
        var before = clusterOfPerson.Values.Distinct().ToDictionary(c => c, c => index.RecordsOf(c).ToHashSet());
        int right = 0, known = 0, fresh = 0, freshRight = 0;
        foreach (var p in later)
        {
            var outcome = index.Link(p.Id, p.Row());
            if (clusterOfPerson.TryGetValue(p.PersonId, out var expected))
            {
                known++;
                right += outcome.ClusterId == expected ? 1 : 0;
            }
            else
            {
                fresh++;
                freshRight += outcome.Decision != LinkDecision.Linked || !before.ContainsKey(outcome.ClusterId) ? 1 : 0;
                clusterOfPerson[p.PersonId] = outcome.ClusterId;
            }
        }

        Assert.True(known > 100 && fresh > 100);
        Assert.True(right >= known * 0.97, $"{right} of {known} later records of known persons joined their cluster");
        Assert.True(freshRight >= fresh * 0.97, $"{freshRight} of {fresh} new persons kept out of existing clusters");
        foreach (var (cluster, records) in before)
        {
            Assert.Superset(records, index.RecordsOf(cluster).ToHashSet());
        }
    }

    [Theory]
    [InlineData(null, 2)]
    [InlineData(2, 0)]
    public void A_rules_own_block_maximum_holds_when_one_record_is_linked(int? maximum, int candidates)
    {
        // Only the surname rule can propose the new record's pair; with a maximum of 2, its block of three is skipped.
        var person = Records.PersonSettings(Records.Rule("last_name") with { MaxBlockSize = maximum }, Records.Rule("dob"));
        var settings = person with { Comparisons = [.. person.Comparisons.Select(c => c with { TermFrequency = false })] };
        var data = Records.Dataset(settings, ["1", "Jan", "Smit", "1990-01-01", null], ["2", "Piet", "Smit", "1991-01-01", null]);
        var parameters = data.Comparisons.Select(c =>
        {
            // Agreeing exactly is strong evidence, anything else weighs nothing: both Smits are shown if compared.
            var levels = c.LevelCount;
            var m = Enumerable.Range(0, levels).Select(k => k == 0 ? 0.9 : 0.1 / (levels - 1)).ToArray();
            var u = Enumerable.Range(0, levels).Select(k => k == 0 ? 0.0001 : m[k]).ToArray();
            return new Zicht.Linkage.Model.ComparisonParameters(c.Settings.Name, c.Labels[1..], m, u);
        }).ToList();
        var index = LinkageIndex.Create(new Zicht.Linkage.Model.LinkageModel(settings, parameters, Lambda: 0.01), data, ["A", "B"]);

        var outcome = index.Link("3", ["3", "Jan", "Smit", "1995-05-05", null]);

        Assert.Equal(candidates, outcome.Candidates.Count);
    }

    [Fact]
    public void Merge_and_split_move_records_without_renaming_clusters()
    {
        var (index, later, _) = Build();
        var a = index.Link(later[0].Id, later[0].Row()).ClusterId;
        var b = index.Link("someone-else", ["someone-else", "Zygmunt", "Quarterhouse", "1901-01-01", "9999 ZZ", "M", "PL", "X"]).ClusterId;
        Assert.NotEqual(a, b);
        var sizeA = index.RecordsOf(a).Count;

        index.Merge(a, b);
        Assert.Equal(a, index.ClusterOf("someone-else"));
        Assert.Empty(index.RecordsOf(b));
        Assert.Equal(sizeA + 1, index.RecordsOf(a).Count);

        var restored = index.Split(["someone-else"], into: b);
        Assert.Equal(b, restored);
        Assert.Equal(b, index.ClusterOf("someone-else"));
        Assert.Equal(sizeA, index.RecordsOf(a).Count);
    }

    [Fact]
    public void A_review_screen_gets_both_records_side_by_side()
    {
        var (index, later, _) = Build();
        var outcome = index.Link(later[1].Id, later[1].Row());
        var candidates = outcome.Candidates.Count > 0 ? outcome.Candidates : index.Link(later[2].Id, later[2].Row()).Candidates;
        var other = candidates[0];
        var e = index.Explain(outcome.RecordId, other.RecordId);
        Assert.Equal(outcome.RecordId, e.LeftId);
        Assert.Equal(6, e.Comparisons.Count);
        Assert.Contains(e.Comparisons, c => c.LeftValue.Length > 0 && c.RightValue.Length > 0);
    }

    [Fact]
    public void A_link_that_fails_part_way_leaves_the_index_refusing_further_work_with_the_reason()
    {
        var people = MessyPeople.Generate(400, seed: 5);
        var rows = people.Select(p => (IReadOnlyList<string?>)p.Row()).ToList();
        var settings = SettingsGuesser.Guess(PersonRecord.Columns, rows, "id").Settings with { RandomPairs = 50_000 };
        var data = LinkageDataset.Create(settings, PersonRecord.Columns);
        data.AddRange([.. people.Select(p => p.Id)], rows);
        var model = LinkageEngine.Run(data, progress: null, TestContext.Current.CancellationToken).Model;
        // A cluster id generator that hands out one already in use.
        var index = LinkageIndex.Create(model, data, [.. people.Select((_, i) => $"P{i}")], new LinkageIndexOptions { NewClusterId = () => "P0" });

        var failed = Assert.Throws<InvalidOperationException>(() => index.Link("stranger", ["stranger", "Zygmunt", "Quarterhouse", "1901-01-01", "9999 ZZ", "M", "PL", "X"]));
        Assert.Contains("already in use", failed.Message, StringComparison.Ordinal);

        var refused = Assert.Throws<InvalidOperationException>(() => index.Link("next", ["next", "Ada", "Byron", "1815-12-10", "1000 AA", "F", "GB", "Y"]));
        Assert.Contains("linking record 'stranger' failed part-way", refused.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => index.Merge("P1", "P2"));
    }

    [Fact]
    public void Unknown_records_and_clusters_are_named_in_the_error()
    {
        var (index, _, _) = Build();
        Assert.Contains("nobody", Assert.Throws<KeyNotFoundException>(() => index.ClusterOf("nobody")).Message, StringComparison.Ordinal);
        Assert.Contains("no-cluster", Assert.Throws<KeyNotFoundException>(() => index.Merge("no-cluster", "P-00001")).Message, StringComparison.Ordinal);
    }
}
