namespace Zicht.Linkage.Settings;

/// <summary>A blocking rule: records are candidate pairs when all its keys agree.</summary>
public sealed record BlockingRuleSettings
{
    public required IReadOnlyList<BlockingKeySettings> Keys { get; init; }

    /// <summary>Whether the keys may agree in any order (a first name in the surname field and the other way round).</summary>
    public bool Unordered { get; init; }

    public override string ToString() =>
        string.Join(Unordered ? " ~ " : " & ", Keys.Select(k => k.Transform == BlockingTransform.Exact ? k.Column : $"{k.Transform.ToString().ToLowerInvariant()}({k.Column})"));
}
