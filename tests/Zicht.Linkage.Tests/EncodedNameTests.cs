using Zicht.Linkage.Data;
using Zicht.Linkage.Privacy;
using Zicht.Linkage.Settings;

namespace Zicht.Linkage.Tests;

/// <summary>Encoded names keep the levels that matter most on real registrations: a dropped second name, a swap through a typo.</summary>
public sealed class EncodedNameTests
{
    private static readonly string[] Columns = ["id", "first_name", "last_name"];

    private static readonly LinkageSettings Settings = new()
    {
        Comparisons =
        [
            new ComparisonSettings { Name = "first_name", Type = ComparisonType.Name, Column = "first_name", SwapWith = "last_name", TermFrequency = true },
            new ComparisonSettings { Name = "last_name", Type = ComparisonType.Name, Column = "last_name", SwapWith = "first_name", TermFrequency = true },
        ],
        Blocking = [new BlockingRuleSettings { Keys = [new BlockingKeySettings { Column = "last_name" }] }],
    };

    private static string Level(string?[] a, string?[] b, int comparison = 0)
    {
        var encoder = new BloomEncoder("a secret of at least sixteen bytes"u8.ToArray(), Settings, Columns, new BloomEncodingOptions { Keep = ["id"] });
        var data = LinkageDataset.Create(Settings, encoder.Columns);
        data.Add("1", encoder.Encode(a));
        data.Add("2", encoder.Encode(b));
        var column = data.Comparisons[comparison];
        return column.Labels[column.Level(0, 1)];
    }

    [Fact]
    public void A_second_given_name_left_out_is_a_shared_part()
    {
        Assert.Equal("a shared part", Level(["1", "Emma Bianca", "Gaagderhoven"], ["2", "Emma", "Gaagderhoven"]));
        Assert.Equal("different", Level(["1", "Emma", "Gaagderhoven"], ["2", "Fatima", "Gaagderhoven"]));
    }

    [Fact]
    public void Swapped_names_are_recognised_through_a_typo()
    {
        Assert.Equal("swapped with last_name", Level(["1", "Paulina", "Majewski"], ["2", "Majewksi", "Paulina"]));
        Assert.Equal("missing, or swapped (weighed with first_name)", Level(["1", "Paulina", "Majewski"], ["2", "Majewksi", "Paulina"], comparison: 1));
    }

    [Fact]
    public void A_single_name_written_in_the_other_field_is_swapped()
    {
        Assert.Equal("swapped with last_name", Level(["1", "Aber", "Njibaara"], ["2", "Njibaara", null]));
        Assert.Equal("swapped with first_name", Level(["1", "Aber", "Njibaara"], ["2", null, "Aber"], comparison: 1));
        Assert.Equal("different", Level(["1", "Aber", "Njibaara"], ["2", "Nakato", null]));
    }

    [Theory]
    [InlineData("Rob", "Rpb")]
    [InlineData("Garcu", "Gacru")]
    [InlineData("János", "áJnos")]
    [InlineData("ten Wal", "Tenwal")]
    public void Short_names_one_typo_apart_are_one_edit_apart_where_their_filters_share_few_bigrams(string a, string b) =>
        Assert.Equal("one edit apart", Level(["1", a, "Gaagderhoven"], ["2", b, "Gaagderhoven"]));

    [Theory]
    [InlineData("Ana Lucia", "Anka", "one edit apart")]
    [InlineData("Erik Mitchell", "Eik", "one edit apart")]
    [InlineData("Ana Lucia", "Ank", "different")]
    public void A_three_letter_word_of_a_longer_name_meets_a_word_one_letter_longer_as_in_clear(string a, string b, string level) =>
        Assert.Equal(level, Level(["1", a, "Gaagderhoven"], ["2", b, "Gaagderhoven"]));

    [Theory]
    [InlineData("Rob", "Ali")]
    [InlineData("Garcu", "Gerrit")]
    public void Names_more_than_one_edit_apart_are_not(string a, string b) =>
        Assert.NotEqual("one edit apart", Level(["1", a, "Gaagderhoven"], ["2", b, "Gaagderhoven"]));

    [Fact]
    public void Swapped_names_are_recognised_through_a_transposition_or_a_dropped_second_name()
    {
        Assert.Equal("swapped with last_name", Level(["1", "Prossy", "Lubegnyi"], ["2", "Lubegnyi", "rPossy"]));
        Assert.Equal("swapped with last_name", Level(["1", "Huda Nadia", "El Salinish"], ["2", "El Salinish", "Huda"]));
    }

    [Fact]
    public void One_edit_hashes_are_written_in_the_order_of_the_hashes_not_of_the_names()
    {
        var encoder = new BloomEncoder("a secret of at least sixteen bytes"u8.ToArray(), Settings, Columns, new BloomEncodingOptions { Keep = ["id"] });
        foreach (var name in new[] { "Katarzyna", "Oluwaseun", "Nguyen", "Bos" })
        {
            var cell = encoder.Encode(["1", name, "Jansen"])[encoder.Columns.ToList().IndexOf("first_name~edits")]!;
            var bytes = Convert.FromBase64String(cell);
            var hashes = Enumerable.Range(0, bytes.Length / 6).Select(i => Convert.ToHexString(bytes, i * 6, 6)).ToList();
            Assert.Equal(name.Length + 1, hashes.Count);
            Assert.Equal(hashes.Order(StringComparer.Ordinal), hashes);
        }
    }
}
