namespace Zicht.Linkage.Settings;

/// <summary>A blocking key part bound to a column position; <see cref="Precomputed"/> keys are keyed hashes already in the file.</summary>
internal sealed record ResolvedKey(int Column, BlockingTransform Transform, ComparisonType Kind, bool Precomputed, int Bits, int Seed);
