namespace Zicht.Linkage.Settings;

/// <summary>Everything that defines a linkage run: comparisons, blocking rules, threshold and the sizes of the estimation samples.</summary>
public sealed record LinkageSettings
{
    /// <summary>The column with each record's identifier (files only; the library takes identifiers directly).</summary>
    public string? IdColumn { get; init; }

    /// <summary>Pairs with a match probability at or above this are links.</summary>
    public double Threshold { get; init; } = 0.9;

    public IReadOnlyList<ComparisonSettings> Comparisons { get; init; } = [];

    public IReadOnlyList<BlockingRuleSettings> Blocking { get; init; } = [];

    /// <summary>Blocks larger than this are skipped: a key that so many records share is no evidence of anything.</summary>
    public int MaxBlockSize { get; init; } = 1000;

    /// <summary>A cluster of three or more whose share of linked pairs is below this is split at its weakest links (against chaining).</summary>
    public double MinClusterDensity { get; init; } = 0.6;

    /// <summary>Random pairs drawn to estimate the u probabilities.</summary>
    public int RandomPairs { get; init; } = 2_000_000;

    /// <summary>Candidate pairs per blocking rule used by EM to estimate the m probabilities.</summary>
    public int EmPairsPerRule { get; init; } = 1_000_000;

    /// <summary>Seed of the samples: the same data and settings give the same model.</summary>
    public int Seed { get; init; } = 20260101;

    /// <summary>Checks the settings against a file's columns; throws <see cref="LinkageSettingsException"/> saying what is wrong where.</summary>
    public void Validate(IReadOnlyCollection<string> columns) => SettingsValidator.Validate(this, columns);
}
