namespace Zicht.Linkage.Settings;

/// <summary>One part of a blocking key: a column and what of it to use.</summary>
public sealed record BlockingKeySettings
{
    public required string Column { get; init; }

    public BlockingTransform Transform { get; init; } = BlockingTransform.Exact;

    /// <summary>For <see cref="BlockingTransform.Lsh"/>: how many bit positions make the key.</summary>
    public int Bits { get; init; } = 16;

    /// <summary>For <see cref="BlockingTransform.Lsh"/>: seed of the position sample (one rule per seed is one LSH band).</summary>
    public int Seed { get; init; } = 1;
}
