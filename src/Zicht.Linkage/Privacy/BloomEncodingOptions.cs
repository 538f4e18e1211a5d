namespace Zicht.Linkage.Privacy;

/// <summary>Sizes of the Bloom filters and hashes per n-gram; the defaults follow Schnell et al. (2009) scaled per field.</summary>
public sealed record BloomEncodingOptions
{
    /// <summary>Filter length in bits for names and other strings (a multiple of 64).</summary>
    public int TextBits { get; init; } = 512;

    /// <summary>Filter length in bits for dates, postcodes, numbers and identifiers (a multiple of 64).</summary>
    public int ShortBits { get; init; } = 256;

    /// <summary>Length of the record-level filter (CLK).</summary>
    public int RecordBits { get; init; } = 1024;

    /// <summary>Filter length for years of birth: a year and its neighbours, few bits each, in a long filter so that chance overlaps stay rare.</summary>
    public int YearBits { get; init; } = 1024;

    /// <summary>Bit positions set per year token. A year has little entropy whatever the count; few bits keep Dice a clean measure of the years between two.</summary>
    public int YearHashes { get; init; } = 2;

    /// <summary>Bit positions set per n-gram.</summary>
    public int Hashes { get; init; } = 15;

    /// <summary>One filter for the whole record (<c>~clk</c>) instead of one per field.</summary>
    public bool RecordLevel { get; init; }

    /// <summary>Columns copied unencoded (the identifier, and for tests a truth column).</summary>
    public IReadOnlyList<string> Keep { get; init; } = [];
}
