using Zicht.Linkage.Data;
using Zicht.Linkage.Scoring;
using Zicht.Linkage.Settings;
using Zicht.Linkage.Tests.Fixtures;

namespace Zicht.Linkage.Tests;

public sealed class ScoringTests
{
    private static readonly Lazy<(LinkageResult Result, LinkageDataset Data)> Run = new(() =>
    {
        var people = MessyPeople.Generate(3000, seed: 5);
        var rows = people.Select(p => (IReadOnlyList<string?>)p.Row()).ToList();
        var settings = SettingsGuesser.Guess(PersonRecord.Columns, rows, "id").Settings with { RandomPairs = 300_000 };
        var data = LinkageDataset.Create(settings, PersonRecord.Columns);
        data.AddRange([.. people.Select(p => p.Id)], rows);
        return (LinkageEngine.Run(data), data);
    });

    [Fact]
    public void An_explanation_adds_up_to_the_pair_weight_and_probability()
    {
        var (result, _) = Run.Value;
        var pair = result.Pairs[result.Pairs.Count / 2];
        var e = result.Scorer.Explain(pair.Left, pair.Right);
        Assert.Equal(e.TotalWeight, e.PriorWeight + e.Comparisons.Sum(c => c.Weight), 9);
        Assert.Equal(pair.Weight, e.TotalWeight, 9);
        Assert.Equal(pair.Probability, e.Probability, 9);
        Assert.All(e.Comparisons, c => Assert.False(string.IsNullOrEmpty(c.LevelLabel)));
    }

    [Fact]
    public void Agreeing_on_a_rare_name_weighs_more_than_on_a_common_one()
    {
        var (result, data) = Run.Value;
        var first = data.Comparisons[0];
        var exact = Enumerable.Range(0, data.Count).Where(r => first.ValueId(r) >= 0).GroupBy(first.ValueId).Where(g => g.Count() >= 2).ToList();
        var common = exact.MaxBy(g => g.Count())!.Take(2).ToArray();
        var rare = exact.MinBy(g => g.Count())!.Take(2).ToArray();
        var commonWeight = result.Scorer.Explain(common[0], common[1]).Comparisons[0];
        var rareWeight = result.Scorer.Explain(rare[0], rare[1]).Comparisons[0];
        Assert.True(commonWeight.TermFrequencyAdjusted && rareWeight.TermFrequencyAdjusted);
        Assert.True(rareWeight.Weight > commonWeight.Weight + 1, $"rare {rareWeight.Weight:F2}, common {commonWeight.Weight:F2}");
    }

    [Fact]
    public void Levels_of_agreement_weigh_more_than_disagreement()
    {
        var (result, _) = Run.Value;
        foreach (var c in result.Model.Comparisons)
        {
            Assert.True(c.Weight(1) > 0, $"{c.Name}: exact agreement weighs {c.Weight(1):F2}");
            Assert.True(c.Weight(c.M.Count) < 0, $"{c.Name}: disagreement weighs {c.Weight(c.M.Count):F2}");
        }
    }

    [Fact]
    public void Deduplication_pairs_are_ordered_and_at_or_above_the_threshold()
    {
        var (result, data) = Run.Value;
        Assert.NotEmpty(result.Pairs);
        Assert.All(result.Pairs, p =>
        {
            Assert.True(string.CompareOrdinal(data.Id(p.Left), data.Id(p.Right)) < 0);
            Assert.True(p.Probability >= result.Model.Settings.Threshold);
        });
        Assert.Equal(result.Pairs.Count, result.Pairs.Select(p => (p.Left, p.Right)).Distinct().Count());
    }

    [Fact]
    public void The_prior_matches_the_share_of_true_pairs()
    {
        var (result, data) = Run.Value;
        var truth = Enumerable.Range(0, data.Count).Select(i => MessyPeople.Generate(3000, seed: 5)[i].PersonId).ToList();
        var truePairs = Evaluation.LinkageEvaluator.TruePairs(truth);
        var share = truePairs / result.PossiblePairs;
        Assert.InRange(result.Model.Lambda, share * 0.8, share * 1.25);
    }

    [Fact]
    public void A_trained_model_survives_json_and_scores_the_same()
    {
        var (result, data) = Run.Value;
        var model = LinkageJson.ReadModel(LinkageJson.Write(result.Model));
        var scorer = new PairScorer(model, data);
        var p = result.Pairs[0];
        Assert.Equal(result.Scorer.Probability(p.Left, p.Right), scorer.Probability(p.Left, p.Right), 12);
    }

    [Fact]
    public void A_swap_weighs_by_how_rare_its_names_are_only_when_both_are_spelt_exactly()
    {
        var (result, data) = Run.Value;
        var own = LinkageDataset.Create(result.Model.Settings, PersonRecord.Columns);
        own.AddRange([.. Enumerable.Range(0, data.Count).Select(data.Id)], MessyPeople.Generate(3000, seed: 5).Select(p => (IReadOnlyList<string?>)p.Row()).ToList());
        var a = own.Count;
        own.Add("a", ["a", "Aber", "Njibaara", null, null, null, null, null]);
        own.Add("b", ["b", "Njibaara", "Aber", null, null, null, null, null]);
        own.Add("c", ["c", "Njibarra", "Aber", null, null, null, null, null]);
        own.Add("d", ["d", "Njibaara", null, null, null, null, null, null]);
        var scorer = new PairScorer(result.Model, own);
        var first = result.Model.Comparisons[0];
        var exact = scorer.Explain(a, a + 1).Comparisons[0];
        Assert.Equal("swapped with last_name", exact.LevelLabel);
        Assert.True(exact.TermFrequencyAdjusted);
        Assert.True(exact.Weight > first.Weight(exact.Level), $"exact swap of rare names {exact.Weight:F2}, level {first.Weight(exact.Level):F2}");

        // A typo, or a single name in the other field: how rare one spelling is says nothing, so the level's weight.
        foreach (var other in new[] { a + 2, a + 3 })
        {
            var swap = scorer.Explain(a, other).Comparisons[0];
            Assert.Equal("swapped with last_name", swap.LevelLabel);
            Assert.False(swap.TermFrequencyAdjusted);
            Assert.Equal(first.Weight(swap.Level), swap.Weight, 9);
        }
    }
}
