namespace Zicht.Linkage.Settings;

/// <summary>Settings that do not fit the data or each other; the message says which setting and why.</summary>
public sealed class LinkageSettingsException(string message) : Exception(message);
