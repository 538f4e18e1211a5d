using MathNet.Numerics.Distributions;
using Zicht.Statistics.Lcmcr;
using Zicht.Statistics.Mse;

namespace Zicht.Statistics.Tests.Lcmcr;

public sealed class ChainDiagnosticsTests
{
    // Worked by hand from BDA3 (11.2)–(11.4): the chains split into [1,2] [3,4] [2,3] [4,5]; n = 2, W = 0.5,
    // B = 2 · var(1.5, 3.5, 2.5, 4.5) = 10/3, var⁺ = W/2 + B/2 = 23/12, R̂ = √(var⁺ / W) = √(23/6).
    [Fact]
    public void Split_rhat_matches_the_textbook_formula_on_a_worked_example()
    {
        var d = ChainDiagnostics.Of([[1, 2, 3, 4], [2, 3, 4, 5]]);

        Assert.Equal(Math.Sqrt(23.0 / 6), d.RHat, 12);
        Assert.Equal(2, d.Chains);
        Assert.Equal(8, d.Samples);
    }

    [Fact]
    public void Independent_draws_from_one_distribution_have_rhat_near_one_and_nearly_all_samples_effective()
    {
        var rng = new Random(11);
        var chains = Enumerable.Range(0, 4).Select(_ => Normal.Samples(rng, 10, 2).Take(1000).ToArray()).ToArray();

        var d = ChainDiagnostics.Of(chains);

        Assert.InRange(d.RHat, 0.99, 1.01);
        Assert.InRange(d.EffectiveSamples, 3000, 4000);
    }

    // An AR(1) chain with coefficient φ has integrated autocorrelation time (1 + φ) / (1 − φ): at φ = 0.9, 19, so 4 × 5,000
    // draws are worth about 1,050 independent ones.
    [Fact]
    public void Autocorrelated_draws_count_as_fewer_effective_samples()
    {
        var rng = new Random(5);
        var chains = Enumerable.Range(0, 4).Select(_ =>
        {
            var x = new double[5000];
            for (var i = 1; i < x.Length; i++)
            {
                x[i] = (0.9 * x[i - 1]) + Normal.Sample(rng, 0, 1);
            }

            return x;
        }).ToArray();

        var d = ChainDiagnostics.Of(chains);

        Assert.InRange(d.EffectiveSamples, 700, 1500);
    }

    [Fact]
    public void Chains_stuck_in_different_places_have_a_large_rhat_and_a_drifting_single_chain_is_caught_by_the_split()
    {
        var rng = new Random(3);
        var apart = ChainDiagnostics.Of([Normal.Samples(rng, 0, 1).Take(500).ToArray(), Normal.Samples(rng, 5, 1).Take(500).ToArray()]);
        var drifting = ChainDiagnostics.Of([Enumerable.Range(0, 1000).Select(i => (i / 100.0) + Normal.Sample(rng, 0, 1)).ToArray()]);

        Assert.True(apart.RHat > 2, $"R-hat {apart.RHat}");
        Assert.True(drifting.RHat > 1.5, $"R-hat {drifting.RHat}");
    }

    [Fact]
    public void Lcmcr_reports_its_chains_diagnostics_and_warns_when_they_are_too_short_to_trust()
    {
        var table = CaptureTable.FromPatterns(["a", "b", "c"], [(0b001, 60), (0b010, 50), (0b100, 40), (0b011, 20), (0b101, 15), (0b110, 12), (0b111, 6)]);

        var longRun = MseEstimator.Estimate(table, new MseOptions { Method = SelectionMethod.Lcmcr, Lcmcr = new LcmcrOptions { Iterations = 20_000, BurnIn = 2000, Thinning = 10, Seed = 2, Chains = 2 } });
        var shortRun = MseEstimator.Estimate(table, new MseOptions { Method = SelectionMethod.Lcmcr, Lcmcr = new LcmcrOptions { Iterations = 200, BurnIn = 0, Thinning = 2, Seed = 2 } });

        Assert.NotNull(longRun.Convergence);
        Assert.Equal(2, longRun.Convergence.Chains);
        Assert.Equal(4000, longRun.Convergence.Samples);
        Assert.InRange(longRun.Convergence.RHat, 0.98, ChainDiagnostics.RHatLimit);
        Assert.DoesNotContain(longRun.Warnings, w => w.Contains("effective samples", StringComparison.Ordinal) || w.Contains("not mixed", StringComparison.Ordinal));
        Assert.NotNull(shortRun.Convergence);
        Assert.True(shortRun.Convergence.EffectiveSamples < ChainDiagnostics.EffectiveSamplesFloor);
        Assert.Contains(shortRun.Warnings, w => w.Contains("effective samples", StringComparison.Ordinal));
    }

    [Fact]
    public void Chains_of_fewer_than_four_draws_are_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => ChainDiagnostics.Of([[1, 2, 3]]));
        Assert.Contains("four draws", e.Message, StringComparison.Ordinal);
    }
}
