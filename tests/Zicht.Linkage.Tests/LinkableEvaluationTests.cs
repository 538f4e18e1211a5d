using Zicht.Linkage.Evaluation;
using Zicht.Linkage.Normalisation;

namespace Zicht.Linkage.Tests;

public sealed class LinkableEvaluationTests
{
    [Fact]
    public void Records_without_any_identifying_value_are_counted_apart_not_dropped()
    {
        // Persons a (records 0, 1, 2) and b (3, 4); record 2 is anonymous.
        string[] truth = ["a", "a", "a", "b", "b"];
        bool[] linkable = [true, true, false, true, true];
        var scores = LinkageEvaluator.PairsOfLinkable([(0, 1), (1, 3), (2, 0)], truth, linkable);

        Assert.Equal(4, scores.LinkableRecords);
        Assert.Equal(1, scores.UnlinkableRecords);
        // Of the four true pairs, two involve the anonymous record: they are neither found nor missed among the linkable.
        Assert.Equal(2, scores.TruePairsWithUnlinkable);
        Assert.Equal(new PairwiseScores(1, 1, 1), scores.Linkable);
        Assert.Equal(1, scores.PredictedWithUnlinkable);
        Assert.Equal(1, scores.PredictedWithUnlinkableRight);
    }

    [Theory]
    [InlineData("Vandenbroek", "van den Broek")]
    [InlineData("Vanderberg", "Berg, van der")]
    [InlineData("Terhorst", "ter Horst")]
    [InlineData("Debrinkhuis", "de Brinkhuis")]
    public void A_surname_with_its_particles_written_into_it_has_the_same_core(string glued, string apart) =>
        Assert.Equal(NameNormaliser.Normalise(apart).Core, NameNormaliser.Normalise(glued).Core);

    [Theory]
    [InlineData("Dekker")]
    [InlineData("Vanja")]
    [InlineData("Tenzin")]
    public void Names_that_merely_begin_like_a_particle_keep_their_letters(string name) =>
        Assert.Equal(name.ToLowerInvariant(), NameNormaliser.Normalise(name).Core);
}
