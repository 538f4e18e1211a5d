namespace Zicht.Linkage.Settings;

/// <summary>What part of a field a blocking key uses.</summary>
public enum BlockingTransform
{
    /// <summary>The whole normalised value.</summary>
    Exact,

    /// <summary>A name without particles.</summary>
    Core,

    /// <summary>The sound key of a name (<see cref="Normalisation.PhoneticKey"/>).</summary>
    Phonetic,

    /// <summary>The first letter.</summary>
    Initial,

    /// <summary>The year of a date.</summary>
    Year,

    /// <summary>A date with day and month in a fixed order, so swapped dates share it.</summary>
    Swap,

    /// <summary>A postcode without its last two characters.</summary>
    Area,

    /// <summary>A locality-sensitive hash of a Bloom filter: the bits at a seeded sample of positions.</summary>
    Lsh,

    /// <summary>The first three letters (of a name without particles and spaces): a typo later in the name keeps it.</summary>
    Prefix,

    /// <summary>The last three letters (of a name without particles and spaces): a typo earlier in the name keeps it.</summary>
    Suffix,
}
