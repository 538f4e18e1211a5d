namespace Zicht.Synthetic;

/// <summary>What to generate: the years, the seed, and optionally the number of registered persons.</summary>
public sealed record SyntheticOptions
{
    public const int DefaultSeed = 20161;

    public int Seed { get; init; } = DefaultSeed;
    public int FromYear { get; init; } = 2016;
    public int ToYear { get; init; } = 2025;

    /// <summary>Registered persons over all years; null follows the published yearly numbers (about a thousand a year).</summary>
    public int? Persons { get; init; }

    /// <summary>Registered persons per chunk: the unit of memory and of one database transaction.</summary>
    public int ChunkSize { get; init; } = 5000;

    public DateOnly EndDate => new(ToYear, 12, 31);

    public void Validate()
    {
        if (FromYear > ToYear)
        {
            throw new ArgumentException($"The years run from {FromYear} to {ToYear}: the first year must not come after the last.");
        }

        if (FromYear < 1990 || ToYear > 2100)
        {
            throw new ArgumentException($"Years must lie between 1990 and 2100 (got {FromYear}–{ToYear}).");
        }

        if (Persons is < 1)
        {
            throw new ArgumentException($"The number of persons must be at least 1 (got {Persons}).");
        }

        if (ChunkSize < 1)
        {
            throw new ArgumentException("The chunk size must be at least 1.");
        }
    }
}
