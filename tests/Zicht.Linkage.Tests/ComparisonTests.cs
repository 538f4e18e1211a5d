using Zicht.Linkage.Settings;

namespace Zicht.Linkage.Tests;

public sealed class ComparisonTests
{
    private static string NameLevel(string? a, string? b, string? lastA = "X", string? lastB = "X")
    {
        var data = Records.Dataset(Records.PersonSettings(), ["1", a, lastA, null, null], ["2", b, lastB, null, null]);
        return Records.Level(data, 0);
    }

    [Theory]
    [InlineData("Jan", "JAN", "exact")]
    [InlineData("Anna Maria", "Maria", "same without particles, or a shared part")]
    [InlineData("Pieter", "Peiter", "one edit apart")]
    [InlineData("Mohammed", "Muhammad", "same sound")]
    [InlineData("Christina", "Kristina", "same sound")]
    [InlineData("Dwayne", "Duane", "Jaro-Winkler >= 0.8")]
    [InlineData("Jan", "Fatima", "different")]
    [InlineData("Jan", null, "missing")]
    public void Names_compare_in_levels(string? a, string? b, string level) => Assert.Equal(level, NameLevel(a, b));

    [Fact]
    public void Swapped_names_are_recognised_when_one_of_two_given_names_is_left_out()
    {
        var data = Records.Dataset(Records.PersonSettings(), ["1", "Gift Adaeze", "Amanachukwu", null, null], ["2", "Amanachukwu", "Gift", null, null]);
        Assert.Equal("swapped with last_name", Records.Level(data, 0));
    }

    [Fact]
    public void A_second_given_name_left_out_and_a_typo_in_the_first_is_one_edit()
    {
        var data = Records.Dataset(Records.PersonSettings(), ["1", "Ibrahima Lamin", "Barry", null, null], ["2", "Ibrshima", "Barry", null, null]);
        Assert.Equal("one edit apart", Records.Level(data, 0));
    }

    [Theory]
    [InlineData("Erik Mitchell", "Eik", "one edit apart")]
    [InlineData("Ana Lucia", "Anka", "one edit apart")]
    [InlineData("Ana Lucia", "Ank", "different")]
    public void A_short_given_name_with_a_typo_meets_the_longer_word_of_two(string a, string b, string level)
    {
        var data = Records.Dataset(Records.PersonSettings(), ["1", a, "Barry", null, null], ["2", b, "Barry", null, null]);
        Assert.Equal(level, Records.Level(data, 0));
    }

    [Fact]
    public void Swapped_first_and_last_names_are_recognised_even_with_a_typo()
    {
        var data = Records.Dataset(Records.PersonSettings(), ["1", "Jan", "Jansen", null, null], ["2", "Jansne", "Jan", null, null]);
        Assert.Equal("swapped with last_name", Records.Level(data, 0));
        // One swap is one fact: the surname does not weigh it a second time.
        Assert.Equal("missing, or swapped (weighed with first_name)", Records.Level(data, 1));
    }

    [Theory]
    [InlineData("Njibaara", null)]
    [InlineData(null, "Aber")]
    [InlineData("Njibara", null)]
    public void A_single_name_written_in_the_other_field_is_swapped(string? first, string? last)
    {
        var data = Records.Dataset(Records.PersonSettings(), ["1", "Aber", "Njibaara", null, null], ["2", first, last, null, null]);
        var weighed = first is not null ? 0 : 1;
        Assert.Equal(weighed == 0 ? "swapped with last_name" : "swapped with first_name", Records.Level(data, weighed));
        Assert.Equal(0, data.Comparisons[1 - weighed].Level(0, 1));
    }

    [Fact]
    public void A_single_name_unlike_the_other_records_names_stays_different()
    {
        var data = Records.Dataset(Records.PersonSettings(), ["1", "Aber", "Njibaara", null, null], ["2", "Nakato", null, null, null]);
        Assert.Equal("different", Records.Level(data, 0));
    }

    [Fact]
    public void Swapped_names_are_recognised_across_a_transliteration()
    {
        var data = Records.Dataset(Records.PersonSettings(), ["1", "Aisha", "El Oualamoud", null, null], ["2", "El Oualamoud", "Ayesha", null, null]);
        Assert.Equal("swapped with last_name", Records.Level(data, 0));
    }

    [Fact]
    public void Swapped_names_are_recognised_when_a_second_given_name_is_left_out_and_the_first_mistyped()
    {
        var data = Records.Dataset(Records.PersonSettings(), ["1", "Amber Chantal", "de Waterstra", null, null], ["2", "de Waterstra", "Aber", null, null]);
        Assert.Equal("swapped with last_name", Records.Level(data, 0));
    }

    [Theory]
    [InlineData("ten Wal", "Tenwal", "same without particles, or a shared part")]
    [InlineData("van de Molendering", "van d eMolendering", "same without particles, or a shared part")]
    [InlineData("ten Steenerveld", "Tnsteenerveld", "one edit apart")]
    public void Surnames_written_together_or_apart_agree(string a, string b, string level)
    {
        var data = Records.Dataset(Records.PersonSettings(), ["1", "Eva", a, null, null], ["2", "Eva", b, null, null]);
        Assert.Equal(level, Records.Level(data, 1));
    }

    [Theory]
    [InlineData("van der Berg", "Berg, van der", "exact")]
    [InlineData("van der Berg", "Berg", "same without particles, or a shared part")]
    [InlineData("Jansen-de Vries", "de Vries", "same without particles, or a shared part")]
    [InlineData("Jansen", "de Vries", "different")]
    public void Surnames_match_across_particles_and_married_names(string a, string b, string level)
    {
        var data = Records.Dataset(Records.PersonSettings(), ["1", "Eva", a, null, null], ["2", "Eva", b, null, null]);
        Assert.Equal(level, Records.Level(data, 1));
    }

    [Theory]
    [InlineData("1990-05-13", "13-05-1990", "exact")]
    [InlineData("1990-05-12", "1990-12-05", "day and month swapped")]
    [InlineData("1990-05-13", "1990-05-18", "one digit wrong")]
    [InlineData("1987-05-13", "1978-05-13", "one digit wrong")]
    [InlineData("1990-05-13", "1990-09-30", "within 365 days")]
    [InlineData("1990-05-13", "1971-02-01", "different")]
    [InlineData("1990-05-13", "unknown", "missing")]
    public void Dates_tolerate_swapped_day_and_month_and_one_wrong_digit(string a, string b, string level)
    {
        var data = Records.Dataset(Records.PersonSettings(), ["1", "Eva", "X", a, null], ["2", "Eva", "X", b, null]);
        Assert.Equal(level, Records.Level(data, 2));
    }

    [Theory]
    [InlineData("1011 AB", "1011ab", "exact")]
    [InlineData("1011 AB", "1011 CD", "same area")]
    [InlineData("1011 AB", "1099 CD", "same region")]
    [InlineData("1011 AB", "9999 ZZ", "different")]
    public void Postcodes_compare_by_area_and_region(string a, string b, string level)
    {
        var data = Records.Dataset(Records.PersonSettings(), ["1", "Eva", "X", null, a], ["2", "Eva", "X", null, b]);
        Assert.Equal(level, Records.Level(data, 3));
    }

    [Theory]
    [InlineData(ComparisonType.Number, "42", "42.0", "exact")]
    [InlineData(ComparisonType.Number, "42", "42,5", "within 1")]
    [InlineData(ComparisonType.Number, "42", "50", "different")]
    [InlineData(ComparisonType.Identifier, "NX12345", "nx 12345", "exact")]
    [InlineData(ComparisonType.Identifier, "NX12345", "NX12354", "one edit apart")]
    [InlineData(ComparisonType.Text, "works in a nail salon in Rotterdam", "nail salon in Rotterdam works", "word overlap >= 0.8")]
    [InlineData(ComparisonType.Text, "works in a nail salon in Rotterdam", "nail salon Rotterdam", "word overlap >= 0.5")]
    [InlineData(ComparisonType.Text, "works in a nail salon", "picks fruit", "different")]
    [InlineData(ComparisonType.String, "Rotterdam", "Roterdam", "one edit apart")]
    [InlineData(ComparisonType.Category, "F", "M", "different")]
    public void Other_fields_compare_by_their_type(ComparisonType type, string a, string b, string level)
    {
        var settings = new LinkageSettings
        {
            Comparisons = [new ComparisonSettings { Name = "x", Type = type, Column = "value" }],
            Blocking = [Records.Rule("value")],
        };
        var data = Zicht.Linkage.Data.LinkageDataset.Create(settings, ["id", "value"]);
        data.Add("1", ["1", a]);
        data.Add("2", ["2", b]);
        Assert.Equal(level, Records.Level(data, 0));
    }
}
