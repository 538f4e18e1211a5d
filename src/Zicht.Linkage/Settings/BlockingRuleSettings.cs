namespace Zicht.Linkage.Settings;

/// <summary>A blocking rule: records are candidate pairs when all its keys agree.</summary>
public sealed record BlockingRuleSettings
{
    public required IReadOnlyList<BlockingKeySettings> Keys { get; init; }

    /// <summary>Whether the keys may agree in any order (a first name in the surname field and the other way round).</summary>
    public bool Unordered { get; init; }

    /// <summary>
    /// Larger blocks of this rule are skipped, never larger than the settings' <see cref="LinkageSettings.MaxBlockSize"/>
    /// (null: that one). A rule on a weak key (a given name where someone was found) is worth its pairs only where the
    /// key is rare.
    /// </summary>
    public int? MaxBlockSize { get; init; }

    /// <summary>The largest block this rule compares under <paramref name="settings"/>.</summary>
    public int MaxBlockSizeIn(LinkageSettings settings) => Math.Min(MaxBlockSize ?? settings.MaxBlockSize, settings.MaxBlockSize);

    public override string ToString() =>
        string.Join(Unordered ? " ~ " : " & ", Keys.Select(k => k.Transform == BlockingTransform.Exact ? k.Column : $"{k.Transform.ToString().ToLowerInvariant()}({k.Column})"));
}
