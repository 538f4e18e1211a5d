namespace Zicht.Linkage.Settings;

/// <summary>A comparison bound to column positions of one file.</summary>
internal sealed record ResolvedComparison(ComparisonSettings Settings, int Column, bool Encoded, int SwapColumn, int SwapKeyColumn);
