namespace Zicht.Linkage.Normalisation;

/// <summary>A name in comparable forms: <see cref="Full"/> keeps particles, <see cref="Core"/> drops them, <see cref="Parts"/> are the core's words.</summary>
public sealed record NormalisedName(string Full, string Core, IReadOnlyList<string> Parts)
{
    public static readonly NormalisedName Empty = new(string.Empty, string.Empty, []);

    public bool IsEmpty => Full.Length == 0;
}
