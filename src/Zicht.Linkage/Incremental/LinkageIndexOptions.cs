namespace Zicht.Linkage.Incremental;

/// <summary>Thresholds and cluster naming of a <see cref="LinkageIndex"/>.</summary>
public sealed record LinkageIndexOptions
{
    /// <summary>Link at or above this probability; the model's threshold when absent.</summary>
    public double? LinkThreshold { get; init; }

    /// <summary>Pairs from here up to the link threshold go to review.</summary>
    public double ReviewThreshold { get; init; } = 0.5;

    /// <summary>Makes the identifier of a new cluster (for example a new pseudonym); a counter when absent. Must not return an identifier in use.</summary>
    public Func<string>? NewClusterId { get; init; }
}
