using Zicht.Linkage.Data;
using Zicht.Linkage.Privacy;
using Zicht.Linkage.Settings;
using Zicht.Linkage.Tests.Fixtures;

namespace Zicht.Linkage.Tests;

/// <summary>A woman's surname may change by marriage: "different" is split where a marriage can explain it.</summary>
public sealed class MarriedNameTests
{
    private static readonly string[] Columns = ["id", "first_name", "last_name", "dob", "sex"];

    private static readonly MarriedNameSettings Women = new() { Column = "sex", Values = ["F", "vrouw"] };

    private static LinkageSettings Settings(MarriedNameSettings? married = null) => new()
    {
        Comparisons =
        [
            new ComparisonSettings { Name = "first", Type = ComparisonType.Name, Column = "first_name", SwapWith = "last_name" },
            new ComparisonSettings { Name = "last", Type = ComparisonType.Name, Column = "last_name", SwapWith = "first_name", MarriedName = married ?? Women },
            new ComparisonSettings { Name = "dob", Type = ComparisonType.Date, Column = "dob" },
        ],
        Blocking = [Records.Rule("dob")],
    };

    private static string SurnameLevel(string? sexA, string? sexB, string lastB = "Vos")
    {
        var data = LinkageDataset.Create(Settings(), Columns);
        data.Add("1", ["1", "Romy", "de Jong", "1993-09-01", sexA]);
        data.Add("2", ["2", "Romy", lastB, "1993-09-01", sexB]);
        return Records.Level(data, 1);
    }

    [Theory]
    [InlineData("F", "F", "different, may be a married name")]
    [InlineData("f", "Vrouw", "different, may be a married name")]
    [InlineData("F", null, "different, may be a married name")]
    [InlineData("F", "M", "different")]
    [InlineData("M", "M", "different")]
    [InlineData(null, null, "different")]
    public void A_different_surname_may_be_a_married_name_only_where_neither_record_rules_it_out(string? a, string? b, string level) =>
        Assert.Equal(level, SurnameLevel(a, b));

    [Fact]
    public void Surnames_that_agree_are_compared_as_always() =>
        Assert.Equal("same without particles, or a shared part", SurnameLevel("F", "F", "Vos-de Jong"));

    [Fact]
    public void Guessing_finds_the_values_that_name_women_in_the_sex_column()
    {
        var people = MessyPeople.Generate(500, seed: 3);
        var guess = SettingsGuesser.Guess(PersonRecord.Columns, [.. people.Select(p => (IReadOnlyList<string?>)p.Row())], "id").Settings;
        var married = guess.Comparisons.Single(c => c.Column == "last_name").MarriedName;
        Assert.NotNull(married);
        Assert.Equal("sex", married.Column);
        Assert.Equal(["F"], married.Values);
        Assert.Null(guess.Comparisons.Single(c => c.Column == "first_name").MarriedName);
    }

    [Fact]
    public void Every_value_but_those_that_name_men_may_carry_a_married_name()
    {
        string[] columns = ["id", "first_name", "last_name", "date_of_birth", "gender"];
        string[] genders = ["Female", "Male", "NonConforming", "Male"];
        var rows = Enumerable.Range(0, 100).Select(i => (IReadOnlyList<string?>)[$"{i}", "Eva", $"Name{i}", "1990-01-02", genders[i % 4]]).ToList();
        var married = SettingsGuesser.Guess(columns, rows, "id").Settings.Comparisons.Single(c => c.Column == "last_name").MarriedName;
        Assert.NotNull(married);
        Assert.Equal(["Female", "NonConforming"], married.Values);

        // A column without any value that names women is not a sex column this level can read.
        var noWomen = rows.Select(r => (IReadOnlyList<string?>)[.. r.Take(4), "Male"]).ToList();
        Assert.Null(SettingsGuesser.Guess(columns, noWomen, "id").Settings.Comparisons.Single(c => c.Column == "last_name").MarriedName);
    }

    [Fact]
    public void Without_a_sex_column_there_is_no_married_name_level()
    {
        string[] columns = ["id", "first_name", "last_name", "date_of_birth"];
        var rows = Enumerable.Range(0, 100).Select(i => (IReadOnlyList<string?>)[$"{i}", "Eva", $"Name{i}", "1990-01-02"]).ToList();
        Assert.All(SettingsGuesser.Guess(columns, rows, "id").Settings.Comparisons, c => Assert.Null(c.MarriedName));
    }

    [Fact]
    public void The_setting_survives_json_and_is_refused_on_a_comparison_that_is_not_a_name()
    {
        var json = LinkageJson.Write(Settings());
        Assert.Contains("\"married_name\"", json, StringComparison.Ordinal);
        Assert.Equal(json, LinkageJson.Write(LinkageJson.ReadSettings(json)));

        var onDate = Settings() with
        {
            Comparisons = [.. Settings().Comparisons.Select(c => c.Name == "dob" ? c with { MarriedName = Women } : c)],
        };
        var e = Assert.Throws<LinkageSettingsException>(() => LinkageDataset.Create(onDate, Columns));
        Assert.Contains("'dob'", e.Message, StringComparison.Ordinal);
        Assert.Contains("married_name", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encoded_file_carries_the_flag_and_gives_the_same_levels()
    {
        var encoder = new BloomEncoder("the parties' shared secret, 32 bytes+"u8.ToArray(), Settings(), Columns, new BloomEncodingOptions { Keep = ["id"] });
        Assert.Contains("last_name~married", encoder.Columns);
        Assert.DoesNotContain("sex", encoder.Columns);
        string?[][] rows = [["1", "Romy", "de Jong", "1993-09-01", "F"], ["2", "Romy", "Vos", "1993-09-01", "vrouw"], ["3", "Romy", "Vos", "1993-09-01", "M"], ["4", "Romy", "Vos", "1993-09-01", null]];
        var flags = rows.Select(r => encoder.Encode(r)[encoder.Columns.ToList().IndexOf("last_name~married")]).ToList();
        Assert.Equal(["1", "1", "0", null], flags);

        var encodedSettings = SettingsGuesser.Guess(encoder.Columns, [.. rows.Select(r => (IReadOnlyList<string?>)encoder.Encode(r))], "id").Settings;
        var data = LinkageDataset.Create(encodedSettings, encoder.Columns);
        foreach (var row in rows)
        {
            data.Add(row[0]!, encoder.Encode(row));
        }

        var last = data.Comparisons.ToList().FindIndex(c => c.Settings.Column == "last_name");
        Assert.Equal("different, may be a married name", Records.Level(data, last, 0, 1));
        Assert.Equal("different", Records.Level(data, last, 0, 2));
        Assert.Equal("different, may be a married name", Records.Level(data, last, 0, 3));
    }
}
