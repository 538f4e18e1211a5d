using Zicht.Linkage.Model;

namespace Zicht.Linkage.Tests;

public sealed class ExpectationMaximisationTests
{
    [Fact]
    public void Em_recovers_m_u_and_the_match_share_of_simulated_pairs()
    {
        // Three comparisons with three levels each; 30 % matches.
        double[][] m = [[0, 0.9, 0.07, 0.03], [0, 0.85, 0.1, 0.05], [0, 0.95, 0.03, 0.02]];
        double[][] u = [[0, 0.01, 0.09, 0.9], [0, 0.02, 0.08, 0.9], [0, 0.05, 0.15, 0.8]];
        var random = new Random(7);
        var counts = new Dictionary<ulong, long>();
        const int pairs = 200_000;
        Span<byte> levels = stackalloc byte[3];
        for (var i = 0; i < pairs; i++)
        {
            var match = random.NextDouble() < 0.3;
            for (var c = 0; c < 3; c++)
            {
                var p = match ? m[c] : u[c];
                var x = random.NextDouble();
                var k = 1;
                while (k < 3 && x > p[k])
                {
                    x -= p[k];
                    k++;
                }

                levels[c] = (byte)k;
            }

            var pattern = LevelPattern.Pack(levels);
            counts[pattern] = counts.GetValueOrDefault(pattern) + 1;
        }

        // Start u away from the truth: EM must find it.
        double[][] startU = [[0, 0.05, 0.15, 0.8], [0, 0.05, 0.15, 0.8], [0, 0.05, 0.15, 0.8]];
        var (estimated, lambda, _, estimatedU) = ExpectationMaximisation.Run([.. counts.Select(kv => (kv.Key, kv.Value))], startU, [true, true, true]);

        Assert.InRange(lambda, 0.28, 0.32);
        for (var c = 0; c < 3; c++)
        {
            for (var k = 1; k <= 3; k++)
            {
                Assert.InRange(estimated[c][k], m[c][k] - 0.02, m[c][k] + 0.02);
                Assert.InRange(estimatedU[c][k], u[c][k] - 0.02, u[c][k] + 0.02);
            }
        }
    }

    [Fact]
    public void Inactive_comparisons_keep_their_starting_m()
    {
        var patterns = new List<(ulong, long)> { (LevelPattern.Pack([1, 1]), 100), (LevelPattern.Pack([2, 2]), 900) };
        double[][] u = [[0, 0.1, 0.9], [0, 0.1, 0.9]];
        var (m, _, _, _) = ExpectationMaximisation.Run(patterns, u, [true, false]);
        Assert.Equal(0.8, m[1][1], 10);
    }
}
