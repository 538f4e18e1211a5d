using FsCheck.Xunit;
using Zicht.Linkage.Blocking;
using Zicht.Linkage.Data;
using Zicht.Linkage.Settings;

namespace Zicht.Linkage.Tests;

public sealed class BlockingTests
{
    private static HashSet<(int, int)> PairsOf(CandidateBlocks blocks, out int produced)
    {
        var pairs = new HashSet<(int, int)>();
        produced = 0;
        foreach (var block in blocks.Blocks)
        {
            var order = blocks.Order[block.Rule];
            for (var i = block.Start; i < block.Start + block.Length; i++)
            {
                for (var j = i + 1; j < block.Start + block.Length; j++)
                {
                    if (blocks.Owns(block.Rule, order[i], order[j]))
                    {
                        produced++;
                        pairs.Add((Math.Min(order[i], order[j]), Math.Max(order[i], order[j])));
                    }
                }
            }
        }

        return pairs;
    }

    [Property(MaxTest = 60)]
    public bool Rules_are_united_without_duplicate_pairs(byte[] a, byte[] b)
    {
        var settings = new LinkageSettings
        {
            Comparisons = [new ComparisonSettings { Name = "a", Type = ComparisonType.Category, Column = "a" }],
            Blocking = [Records.Rule("a"), Records.Rule("b"), Records.Rule("a", "b")],
        };
        var data = LinkageDataset.Create(settings, ["id", "a", "b"]);
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            // Few distinct values, some missing, so blocks overlap.
            data.Add($"r{i}", [$"r{i}", a[i] % 5 == 0 ? null : (a[i] % 4).ToString(), (b[i] % 3).ToString()]);
        }

        var pairs = PairsOf(CandidateBlocks.Build(data), out var produced);
        var expected = new HashSet<(int, int)>();
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var sameA = a[i] % 5 != 0 && a[j] % 5 != 0 && a[i] % 4 == a[j] % 4;
                if (sameA || b[i] % 3 == b[j] % 3)
                {
                    expected.Add((i, j));
                }
            }
        }

        return produced == pairs.Count && pairs.SetEquals(expected);
    }

    [Fact]
    public void Unordered_keys_block_swapped_names_together()
    {
        var settings = Records.PersonSettings(new BlockingRuleSettings
        {
            Keys = [new BlockingKeySettings { Column = "first_name" }, new BlockingKeySettings { Column = "last_name" }],
            Unordered = true,
        });
        var data = Records.Dataset(settings, ["1", "Jan", "Jansen", null, null], ["2", "JANSEN", "Jan", null, null], ["3", "Jan", "Pietersen", null, null]);
        var pairs = PairsOf(CandidateBlocks.Build(data), out _);
        Assert.Equal([(0, 1)], pairs);
    }

    [Fact]
    public void Blocks_larger_than_the_maximum_are_skipped()
    {
        var settings = Records.PersonSettings(Records.Rule("last_name"), Records.Rule("dob")) with { MaxBlockSize = 2 };
        var data = Records.Dataset(
            settings,
            ["1", "A", "Smit", "1990-01-01", null],
            ["2", "B", "Smit", "1990-01-01", null],
            ["3", "C", "Smit", "1991-01-01", null]);
        var blocks = CandidateBlocks.Build(data);
        Assert.Equal(1, blocks.Oversized[0]);
        Assert.Equal([(0, 1)], PairsOf(blocks, out _));
    }

    [Fact]
    public void A_rule_can_skip_smaller_blocks_than_the_others()
    {
        var settings = Records.PersonSettings(Records.Rule("last_name") with { MaxBlockSize = 2 }, Records.Rule("dob"));
        var data = Records.Dataset(
            settings,
            ["1", "A", "Smit", "1990-01-01", null],
            ["2", "B", "Smit", "1990-01-01", null],
            ["3", "C", "Smit", "1991-01-01", null],
            ["4", "D", "Bos", "1992-01-01", null],
            ["5", "E", "Bos", "1993-01-01", null]);
        var blocks = CandidateBlocks.Build(data);
        Assert.Equal([1, 0], blocks.Oversized);
        Assert.Equal([(0, 1), (3, 4)], PairsOf(blocks, out _).Order());
        Assert.Equal(2, LinkageJson.ReadSettings(LinkageJson.Write(settings)).Blocking[0].MaxBlockSize);
        // Never above the maximum for all.
        Assert.Equal(1000, (Records.Rule("dob") with { MaxBlockSize = 5000 }).MaxBlockSizeIn(settings with { MaxBlockSize = 1000 }));
        Assert.Throws<LinkageSettingsException>(() => LinkageDataset.Create(Records.PersonSettings(Records.Rule("dob") with { MaxBlockSize = 1 }), Records.Columns));
    }

    [Fact]
    public void Linking_pairs_only_records_from_different_sources()
    {
        var data = LinkageDataset.Create(Records.PersonSettings(Records.Rule("last_name")), Records.Columns);
        data.Add("a1", ["a1", "Jan", "Smit", null, null], source: 0);
        data.Add("a2", ["a2", "Piet", "Smit", null, null], source: 0);
        data.Add("b1", ["b1", "Jan", "Smit", null, null], source: 1);
        var pairs = PairsOf(CandidateBlocks.Build(data), out _);
        Assert.Equal([(0, 2), (1, 2)], pairs.Order());
    }

    [Theory]
    [InlineData("van der Berghuis", BlockingTransform.Prefix, "ber")]
    [InlineData("van der Berghuis", BlockingTransform.Suffix, "uis")]
    [InlineData("Ait Mansabish", BlockingTransform.Prefix, "ait")]
    [InlineData("Wu", BlockingTransform.Suffix, "wu")]
    public void Prefix_and_suffix_keys_are_three_letters_of_the_name_without_particles(string name, BlockingTransform transform, string key) =>
        Assert.Equal(key, Zicht.Linkage.Normalisation.FieldNormaliser.Key(name, transform, ComparisonType.Name));

    [Theory]
    [InlineData("Kaczmarski", "Kacmzarski")]
    [InlineData("Majewchek", "aMjewchek")]
    public void A_surname_mistyped_so_that_its_sound_changes_still_blocks_without_a_date_of_birth(string a, string b)
    {
        string[] columns = ["id", "first_name", "last_name", "date_of_birth"];
        var sample = Enumerable.Range(0, 50).Select(i => (IReadOnlyList<string?>)[$"{i}", "Eva", $"Name{i}", "1990-01-02"]).ToList();
        var settings = SettingsGuesser.Guess(columns, sample, "id").Settings;
        var data = LinkageDataset.Create(settings, columns);
        data.Add("1", ["1", "Yulia Inga", a, "1995-11-30"]);
        data.Add("2", ["2", "Yulia", b, null]);
        data.Add("3", ["3", "Olena", b, null]);
        Assert.Equal([(0, 1)], PairsOf(CandidateBlocks.Build(data), out _));
    }
}
