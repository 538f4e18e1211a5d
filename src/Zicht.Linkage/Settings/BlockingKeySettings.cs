namespace Zicht.Linkage.Settings;

/// <summary>One part of a blocking key: a column and what of it to use.</summary>
public sealed record BlockingKeySettings
{
    public required string Column { get; init; }

    public BlockingTransform Transform { get; init; } = BlockingTransform.Exact;

    /// <summary>For <see cref="BlockingTransform.Lsh"/>: how many bit positions make the key (16 when absent).</summary>
    public int? Bits { get; init; }

    /// <summary>For <see cref="BlockingTransform.Lsh"/>: seed of the position sample, one rule per seed being one LSH band (1 when absent).</summary>
    public int? Seed { get; init; }
}
