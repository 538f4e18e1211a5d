using FsCheck.Xunit;
using Zicht.Linkage.Privacy;
using Zicht.Linkage.Settings;
using Zicht.Linkage.Similarity;
using Zicht.Linkage.Tests.Fixtures;

namespace Zicht.Linkage.Tests;

public sealed class PrivacyTests
{
    private static readonly byte[] Secret = "the parties' shared secret, 32 bytes+"u8.ToArray();

    private static LinkageSettings Settings() =>
        SettingsGuesser.Guess(PersonRecord.Columns, [.. MessyPeople.Generate(300, seed: 1).Select(p => (IReadOnlyList<string?>)p.Row())], "id").Settings;

    private static ulong[] FirstNameFilter(BloomEncoder encoder, string name, byte[]? secret = null)
    {
        var row = encoder.Encode(["1", name, "Jansen", "1990-01-02", "1011 AB", "F", "NL", "P1"]);
        var column = encoder.Columns.ToList().IndexOf("first_name~bf");
        return BloomFilter.FromBase64(row[column]!, "first_name~bf");
    }

    [Fact]
    public void Encoded_files_hold_filters_and_keyed_hashes_but_no_names()
    {
        var encoder = new BloomEncoder(Secret, Settings(), PersonRecord.Columns, new BloomEncodingOptions { Keep = ["id"] });
        Assert.Contains("first_name~bf", encoder.Columns);
        Assert.Contains("date_of_birth~swap", encoder.Columns);
        Assert.Contains("last_name~phonetic", encoder.Columns);
        Assert.DoesNotContain("first_name", encoder.Columns);
        var row = encoder.Encode(["1", "Grażyna", "Jabłońska", "1975-06-24", "6206 IV", "F", "PL", "P1"]);
        Assert.DoesNotContain(row, v => v is not null && (v.Contains("azyn", StringComparison.OrdinalIgnoreCase) || v.Contains("1975", StringComparison.Ordinal)));
    }

    [Fact]
    public void Similar_names_give_similar_filters_and_different_names_do_not()
    {
        var encoder = new BloomEncoder(Secret, Settings(), PersonRecord.Columns);
        var jansen = FirstNameFilter(encoder, "Katarzyna");
        Assert.True(BitVectors.Dice(jansen, FirstNameFilter(encoder, "Katarzina")) > 0.75);
        Assert.True(BitVectors.Dice(jansen, FirstNameFilter(encoder, "KATARZYNA")) == 1);
        Assert.True(BitVectors.Dice(jansen, FirstNameFilter(encoder, "Oluwaseun")) < 0.4);
    }

    [Fact]
    public void Without_the_secret_the_filters_do_not_compare()
    {
        var ours = new BloomEncoder(Secret, Settings(), PersonRecord.Columns);
        var theirs = new BloomEncoder("some other secret of 32 or more bytes"u8.ToArray(), Settings(), PersonRecord.Columns);
        Assert.True(BitVectors.Dice(FirstNameFilter(ours, "Katarzyna"), FirstNameFilter(theirs, "Katarzyna")) < 0.5);
    }

    [Property(MaxTest = 50)]
    public bool The_same_secret_gives_the_same_encoding(string name)
    {
        var a = new BloomEncoder(Secret, Settings(), PersonRecord.Columns).Encode(["1", name, "x", null, null, null, null, null]);
        var b = new BloomEncoder(Secret, Settings(), PersonRecord.Columns).Encode(["1", name, "x", null, null, null, null, null]);
        return a.SequenceEqual(b);
    }

    [Fact]
    public void A_short_secret_is_refused() =>
        Assert.Throws<ArgumentException>(() => new BloomEncoder("short"u8.ToArray(), Settings(), PersonRecord.Columns));

    [Fact]
    public void Record_level_encoding_writes_one_filter_per_record()
    {
        var encoder = new BloomEncoder(Secret, Settings(), PersonRecord.Columns, new BloomEncodingOptions { RecordLevel = true, Keep = ["id"] });
        Assert.Contains(EncodedColumns.RecordLevel, encoder.Columns);
        Assert.DoesNotContain(encoder.Columns, c => c.EndsWith("~bf", StringComparison.Ordinal));
        var row = encoder.Encode(["1", "Jan", "Jansen", "1990-01-02", "1011 AB", "M", "NL", "P1"]);
        Assert.Equal(1024 / 64, BloomFilter.FromBase64(row[encoder.Columns.ToList().IndexOf(EncodedColumns.RecordLevel)]!, "clk").Length);
    }
}
