namespace Zicht.Linkage.Settings;

/// <summary>Settings chosen from a file's columns, with the role seen in each column.</summary>
public sealed record GuessedSettings(LinkageSettings Settings, IReadOnlyDictionary<string, ColumnRole> Roles);
