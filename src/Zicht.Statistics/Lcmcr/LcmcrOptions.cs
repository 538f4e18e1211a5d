namespace Zicht.Statistics.Lcmcr;

/// <summary>Settings of the LCMCR Gibbs sampler; the defaults are those of Manrique-Vallier's LCMCR package.</summary>
public sealed record LcmcrOptions
{
    /// <summary>Iterations kept after burn-in (before thinning), so Samples = Iterations / Thinning.</summary>
    public int Iterations { get; init; } = 10_000;

    public int BurnIn { get; init; } = 10_000;

    public int Thinning { get; init; } = 10;

    public int Seed { get; init; } = 1;

    /// <summary>Truncation K* of the stick-breaking Dirichlet process.</summary>
    public int MaxClasses { get; init; } = 10;

    /// <summary>Gamma(a, b) prior on the concentration α.</summary>
    public double AlphaShape { get; init; } = 0.25;

    public double AlphaRate { get; init; } = 0.25;

    public double Level { get; init; } = 0.95;

    /// <summary>
    /// Independent chains (seeds Seed, Seed + 1, …) run in parallel and pooled: single chains can mix slowly, which is why
    /// MSETools runs many.
    /// </summary>
    public int Chains { get; init; } = 1;

    internal void Validate()
    {
        if (Iterations < 1 || BurnIn < 0 || Thinning < 1 || Iterations / Thinning < 2)
        {
            throw new ArgumentException($"LCMCR needs iterations ≥ 2 × thinning and burn-in ≥ 0 (got iterations {Iterations}, burn-in {BurnIn}, thinning {Thinning}).");
        }

        if (Chains < 1)
        {
            throw new ArgumentException($"LCMCR needs at least one chain (got {Chains}).");
        }

        if (MaxClasses < 1)
        {
            throw new ArgumentException($"LCMCR needs at least one latent class (got {MaxClasses}).");
        }

        if (Level is <= 0 or >= 1)
        {
            throw new ArgumentException($"The credible level must lie strictly between 0 and 1 (got {Level}).");
        }
    }
}
