using Zicht.Linkage.Normalisation;

namespace Zicht.Linkage.Tests;

public sealed class NormalisationTests
{
    [Theory]
    [InlineData("Jabłońska", "jablonska")]
    [InlineData("Nguyễn Thị", "nguyen thi")]
    [InlineData("Ștefan", "stefan")]
    [InlineData("Олена", "olena")]
    [InlineData("Шевченко", "shevchenko")]
    [InlineData("Müller-Lüdenscheidt", "muller ludenscheidt")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("  JAN   de  VRIES ", "jan de vries")]
    public void Folding_removes_case_diacritics_and_script(string raw, string folded) =>
        Assert.Equal(folded, TextFolding.Fold(raw));

    [Theory]
    [InlineData("van der Berg")]
    [InlineData("Berg, van der")]
    [InlineData("v.d. Berg")]
    [InlineData("VAN DER BERG")]
    [InlineData("Berg")]
    public void Dutch_particles_do_not_change_the_core(string raw) =>
        Assert.Equal("berg", NameNormaliser.Normalise(raw).Core);

    [Fact]
    public void Particles_moved_behind_a_comma_come_back_in_front() =>
        Assert.Equal("van der berg", NameNormaliser.Normalise("Berg, van der").Full);

    [Fact]
    public void Hyphenated_married_names_keep_both_parts()
    {
        var name = NameNormaliser.Normalise("Jansen-de Vries");
        Assert.Equal(["jansen", "vries"], name.Parts);
        Assert.Equal("jansen de vries", name.Full);
    }

    [Fact]
    public void A_name_of_only_a_particle_word_is_its_own_core() =>
        Assert.Equal("de", NameNormaliser.Normalise("De").Core);

    [Theory]
    [InlineData("Mohammed", "Muhammad")]
    [InlineData("Mohamed", "Mohammad")]
    [InlineData("Olena", "Elena")]
    [InlineData("Yohannes", "Jonas")]
    [InlineData("Anna Maria", "Anna")]
    [InlineData("Schmidt", "Smit")]
    public void Spellings_of_one_name_share_a_sound_key(string a, string b) =>
        Assert.Equal(PhoneticKey.Of(a), PhoneticKey.Of(b));

    [Fact]
    public void Different_names_have_different_sound_keys() =>
        Assert.NotEqual(PhoneticKey.Of("Pieter"), PhoneticKey.Of("Kees"));

    [Theory]
    [InlineData("1990-05-13", 19900513)]
    [InlineData("13-05-1990", 19900513)]
    [InlineData("13/5/1990", 19900513)]
    [InlineData("13.05.1990", 19900513)]
    [InlineData("19900513", 19900513)]
    [InlineData("1990-05-13T00:00:00", 19900513)]
    [InlineData("1990-13-05", 19901305)]
    public void Dates_are_read_in_common_formats_even_when_day_and_month_are_swapped(string raw, int digits)
    {
        Assert.True(DateValue.TryParse(raw, out var d));
        Assert.Equal(digits, d.Digits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("unknown")]
    [InlineData("1990-05")]
    [InlineData("32-13-1990")]
    [InlineData("12-05-90")]
    public void Unreadable_dates_are_missing(string raw) => Assert.False(DateValue.TryParse(raw, out _));
}
