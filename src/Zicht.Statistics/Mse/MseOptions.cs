using Zicht.Statistics.Lcmcr;

namespace Zicht.Statistics.Mse;

/// <summary>Everything that decides a multiple systems estimate: method, threshold, interval, level, bootstrap and LCMCR settings.</summary>
public sealed record MseOptions
{
    public SelectionMethod Method { get; init; } = SelectionMethod.Stepwise;

    /// <summary>P-value threshold of the stepwise method.</summary>
    public double Threshold { get; init; } = StepwiseSelection.DefaultThreshold;

    public IntervalKind Interval { get; init; } = IntervalKind.Wald;

    public double Level { get; init; } = 0.95;

    public BootstrapKind Bootstrap { get; init; } = BootstrapKind.Nonparametric;

    public int Replicates { get; init; } = 1000;

    public int Seed { get; init; } = 1;

    public LcmcrOptions Lcmcr { get; init; } = new();

    /// <summary>Checks the options and says which one is wrong.</summary>
    public void Validate()
    {
        if (Threshold is < 0 or > 1 || double.IsNaN(Threshold))
        {
            throw new ArgumentException($"threshold: {Threshold} is not a p-value between 0 and 1.");
        }

        if (Level is <= 0 or >= 1 || double.IsNaN(Level))
        {
            throw new ArgumentException($"level: {Level} must lie strictly between 0 and 1 (for example 0.95).");
        }

        if (Interval == IntervalKind.Bootstrap && Replicates < 2)
        {
            throw new ArgumentException($"replicates: {Replicates} is too few; a bootstrap needs at least 2 (1000 is usual).");
        }

        Lcmcr.Validate();
    }
}
