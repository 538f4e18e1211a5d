using FsCheck.Xunit;
using Zicht.Linkage.Similarity;

namespace Zicht.Linkage.Tests;

public sealed class SimilarityTests
{
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.961)]
    [InlineData("DWAYNE", "DUANE", 0.840)]
    [InlineData("DIXON", "DICKSONX", 0.813)]
    [InlineData("abc", "abc", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void Jaro_winkler_matches_the_published_examples(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Levenshtein_counts_edits(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Levenshtein(a, b));

    [Fact]
    public void Damerau_counts_a_swap_of_neighbours_as_one_edit()
    {
        Assert.Equal(1, EditDistance.Damerau("jansen", "jasnen"));
        Assert.Equal(2, EditDistance.Levenshtein("jansen", "jasnen"));
    }

    [Property]
    public bool Jaro_winkler_is_symmetric_and_between_zero_and_one(string a, string b)
    {
        a ??= string.Empty;
        b ??= string.Empty;
        var x = JaroWinkler.Similarity(a, b);
        return x is >= 0 and <= 1.0000001 && Math.Abs(x - JaroWinkler.Similarity(b, a)) < 1e-12;
    }

    [Property]
    public bool Levenshtein_obeys_the_triangle_inequality(string a, string b, string c)
    {
        a ??= string.Empty;
        b ??= string.Empty;
        c ??= string.Empty;
        return EditDistance.Levenshtein(a, c) <= EditDistance.Levenshtein(a, b) + EditDistance.Levenshtein(b, c)
            && EditDistance.Levenshtein(a, b) == EditDistance.Levenshtein(b, a);
    }

    [Property]
    public bool The_one_edit_shortcut_agrees_with_the_full_distance(string a, string b)
    {
        a ??= string.Empty;
        b = string.IsNullOrEmpty(b) ? a : b.Length > 2 ? a + b[..1] : b;
        return EditDistance.DamerauWithin(a, b, 1) == (EditDistance.Damerau(a, b) <= 1);
    }

    [Property]
    public bool The_one_edit_shortcut_agrees_after_one_random_edit(string a, int position, char c)
    {
        a = string.IsNullOrEmpty(a) ? "x" : a;
        var i = Math.Abs(position % a.Length);
        var b = (position % 3) switch
        {
            0 => a.Remove(i, 1),
            1 => a.Insert(i, c.ToString()),
            _ => a[..i] + c + a[(i + 1)..],
        };
        return EditDistance.DamerauWithin(a, b, 1) == (EditDistance.Damerau(a, b) <= 1);
    }

    [Fact]
    public void Dice_of_bit_vectors_counts_shared_bits()
    {
        ulong[] a = [0b1111];
        ulong[] b = [0b0011];
        Assert.Equal(2.0 * 2 / (4 + 2), BitVectors.Dice(a, b), 10);
        Assert.Equal(1.0, BitVectors.Dice(a, a), 10);
    }
}
