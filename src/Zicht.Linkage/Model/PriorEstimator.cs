namespace Zicht.Linkage.Model;

/// <summary>
/// Estimates λ, the probability that two records drawn at random match, as the fixed point of
/// λ = Σ P(match | weight, λ) / (all pairs), summed over the candidate pairs (pairs blocking never proposes count as
/// non-matches). This is EM for λ alone with m and u fixed. Weights are kept as a histogram of 1/16 bit.
/// </summary>
internal sealed class PriorEstimator
{
    private const double BinWidth = 1.0 / 16;
    private const double Lowest = -160;
    private const int BinCount = 5120;
    private readonly long[] _bins = new long[BinCount];

    public long Pairs { get; private set; }

    public void Add(double weight)
    {
        var bin = (int)((weight - Lowest) / BinWidth);
        _bins[Math.Clamp(bin, 0, BinCount - 1)]++;
        Pairs++;
    }

    public void Merge(PriorEstimator other)
    {
        for (var i = 0; i < BinCount; i++)
        {
            _bins[i] += other._bins[i];
        }

        Pairs += other.Pairs;
    }

    /// <summary>λ for a population of <paramref name="totalPairs"/> pairs.</summary>
    public double Solve(double totalPairs)
    {
        var positive = 0L;
        for (var i = 0; i < BinCount; i++)
        {
            if (Lowest + ((i + 0.5) * BinWidth) > 0)
            {
                positive += _bins[i];
            }
        }

        var lambda = Math.Clamp(Math.Max(1, positive) / totalPairs, 1e-15, 0.5);
        for (var iteration = 0; iteration < 5000; iteration++)
        {
            var prior = Math.Log2(lambda / (1 - lambda));
            var expected = 0.0;
            for (var i = 0; i < BinCount; i++)
            {
                if (_bins[i] != 0)
                {
                    expected += _bins[i] * LinkageModel.Probability(prior + Lowest + ((i + 0.5) * BinWidth));
                }
            }

            var next = Math.Clamp(expected / totalPairs, 1e-15, 0.5);
            var done = Math.Abs(next - lambda) <= 1e-7 * lambda;
            lambda = next;
            if (done)
            {
                break;
            }
        }

        return lambda;
    }
}
