using Zicht.Linkage.Data;
using Zicht.Linkage.Normalisation;
using Zicht.Linkage.Privacy;
using Zicht.Linkage.Settings;

namespace Zicht.Linkage.Tests;

/// <summary>A date of birth against an age a signaller estimated: consistent within a few years, or not.</summary>
public sealed class BirthYearTests
{
    private static readonly string[] Columns = ["id", "name", "date_of_birth", "estimated_age", "signal_date"];

    private static LinkageSettings Settings() => new()
    {
        Comparisons =
        [
            new ComparisonSettings { Name = "name", Type = ComparisonType.Name, Column = "name" },
            new ComparisonSettings { Name = "date_of_birth", Type = ComparisonType.Date, Column = "date_of_birth" },
            new ComparisonSettings
            {
                Name = "birth_year", Type = ComparisonType.BirthYear, Column = "date_of_birth",
                AgeColumn = "estimated_age", ReferenceColumn = "signal_date", DeferTo = "date_of_birth",
            },
        ],
        Blocking = [new BlockingRuleSettings { Keys = [new BlockingKeySettings { Column = "name" }] }],
    };

    private static string Level(string?[] a, string?[] b, LinkageSettings? settings = null, IReadOnlyList<string>? columns = null)
    {
        var data = LinkageDataset.Create(settings ?? Settings(), columns ?? Columns);
        data.Add("1", a);
        data.Add("2", b);
        var column = data.Comparisons[^1];
        return column.Labels[column.Level(0, 1)];
    }

    [Theory]
    [InlineData("28", "same year")]
    [InlineData("27", "1 year apart")]
    [InlineData("30", "within 3 years")]
    [InlineData("33", "within 5 years")]
    [InlineData("45", "further apart")]
    public void A_date_of_birth_and_an_estimated_age_compare_by_the_years_between_them(string age, string level) =>
        Assert.Equal(level, Level(["1", "Eva", "1992-05-13", null, "2019-01-10"], ["2", "Eva", null, age, "2020-03-01"]));

    [Fact]
    public void Two_full_dates_of_birth_are_left_to_the_date_comparison() =>
        Assert.Equal("missing, or both compared by date_of_birth", Level(["1", "Eva", "1992-05-13", null, null], ["2", "Eva", "1960-01-01", null, null]));

    [Fact]
    public void Two_estimates_compare_with_each_other_and_no_age_is_missing()
    {
        Assert.Equal("1 year apart", Level(["1", "Eva", null, "30", "2020-01-01"], ["2", "Eva", null, "30", "2021-06-01"]));
        Assert.Equal("missing, or both compared by date_of_birth", Level(["1", "Eva", null, null, "2020-01-01"], ["2", "Eva", null, "30", "2020-01-01"]));
    }

    [Theory]
    [InlineData("1990", null, null, "1990")]
    [InlineData("1990-05-13", null, null, "1990")]
    [InlineData("13-05-1990", null, null, "1990")]
    [InlineData(null, "30", "2020-04-01", "1990")]
    [InlineData("1985", "30", "2020-04-01", "1990")]
    [InlineData(null, "30", null, "")]
    [InlineData("unknown", null, null, "")]
    public void Years_come_from_a_year_a_date_or_an_age_at_a_date(string? value, string? age, string? at, string year) =>
        Assert.Equal(year, BirthYears.Of(value, age, at));

    [Fact]
    public void Encoded_years_compare_by_how_many_neighbouring_years_they_share()
    {
        var secret = "a secret of at least sixteen bytes"u8.ToArray();
        var encoder = new BloomEncoder(secret, Settings(), Columns, new BloomEncodingOptions { Keep = ["id"] });
        Assert.Contains("date_of_birth~bf", encoder.Columns);
        Assert.DoesNotContain(encoder.Columns, c => c.StartsWith("estimated_age", StringComparison.Ordinal) || c.StartsWith("signal_date", StringComparison.Ordinal));

        string Encoded(string age, string other)
        {
            // The year comparison has its own column when it is not on the date of birth itself.
            var settings = Settings() with
            {
                Comparisons = [Settings().Comparisons[0], Settings().Comparisons[1], Settings().Comparisons[2] with { Column = "birth_year", AgeColumn = "estimated_age", ReferenceColumn = "signal_date" }],
            };
            string[] columns = ["id", "name", "date_of_birth", "birth_year", "estimated_age", "signal_date"];
            var e = new BloomEncoder(secret, settings, columns, new BloomEncodingOptions { Keep = ["id"] });
            Assert.Contains("birth_year~bf", e.Columns);
            var a = e.Encode(["1", "Eva", "1992-05-13", "1992", null, "2019-01-10"]);
            var b = e.Encode(["2", "Eva", null, other, age, "2020-03-01"]);
            var encodedSettings = settings with { Comparisons = [.. settings.Comparisons.Select(c => c with { AgeColumn = null, ReferenceColumn = null })] };
            return Level(a, b, encodedSettings, e.Columns);
        }

        Assert.Equal("same year", Encoded("28", "1992"));
        Assert.Equal("1 year apart", Encoded("27", "1993"));
        Assert.Equal("within 3 years", Encoded("30", "1990"));
        Assert.Equal("within 5 years", Encoded("33", "1987"));
        Assert.Equal("further apart", Encoded("45", "1975"));
    }

    [Fact]
    public void Guessed_settings_make_one_birth_year_comparison_of_year_age_and_signal_date()
    {
        string[] columns = ["signal_id", "true_person_id", "given_name", "family_name", "date_of_birth", "birth_year", "estimated_age", "gender", "nationality", "signal_date"];
        var rows = Enumerable.Range(0, 200).Select(i => (IReadOnlyList<string?>)
        [
            $"s{i}", $"p{i}", $"Eva{i}", $"Jansen{i % 50}", i % 2 == 0 ? $"19{60 + (i % 40)}-0{1 + (i % 9)}-1{i % 10}" : null,
            $"19{60 + (i % 40)}", i % 2 == 0 ? null : $"{20 + (i % 40)}", i % 3 == 0 ? "Male" : "Female", i % 4 == 0 ? "NG" : "NL", $"20{10 + (i % 10)}-03-0{1 + (i % 9)}",
        ]).ToList();
        var guess = SettingsGuesser.Guess(columns, rows, "signal_id");

        var year = Assert.Single(guess.Settings.Comparisons, c => c.Type == ComparisonType.BirthYear);
        Assert.Equal("birth_year", year.Column);
        Assert.Equal("estimated_age", year.AgeColumn);
        Assert.Equal("signal_date", year.ReferenceColumn);
        Assert.Equal("date_of_birth", year.DeferTo);
        Assert.Equal(ColumnRole.ReferenceDate, guess.Roles["signal_date"]);
        Assert.Equal(ColumnRole.Ignored, guess.Roles["true_person_id"]);
        Assert.DoesNotContain(guess.Settings.Comparisons, c => c.Column is "signal_date" or "estimated_age" or "true_person_id");
        Assert.Contains(guess.Settings.Comparisons, c => c.Column == "gender" && c.Type == ComparisonType.Category);
        Assert.Contains(guess.Settings.Comparisons, c => c.Column == "nationality" && c.Type == ComparisonType.Category);

        // The same settings read back from JSON.
        var json = LinkageJson.Write(guess.Settings);
        Assert.Contains("\"type\": \"birth_year\"", json, StringComparison.Ordinal);
        Assert.Equal(year, LinkageJson.ReadSettings(json).Comparisons.Single(c => c.Type == ComparisonType.BirthYear));
    }

    [Fact]
    public void Settings_that_misuse_the_age_columns_are_refused_with_the_reason()
    {
        var wrongType = Settings() with { Comparisons = [Settings().Comparisons[0] with { AgeColumn = "estimated_age" }, .. Settings().Comparisons.Skip(1)] };
        Assert.Contains("belong to type birth_year", Assert.Throws<LinkageSettingsException>(() => LinkageDataset.Create(wrongType, Columns)).Message, StringComparison.Ordinal);

        var badDefer = Settings() with { Comparisons = [.. Settings().Comparisons.Take(2), Settings().Comparisons[2] with { DeferTo = "nothing" }] };
        Assert.Contains("defer_to 'nothing'", Assert.Throws<LinkageSettingsException>(() => LinkageDataset.Create(badDefer, Columns)).Message, StringComparison.Ordinal);

        var missing = Settings() with { Comparisons = [.. Settings().Comparisons.Take(2), Settings().Comparisons[2] with { AgeColumn = "age" }] };
        Assert.Contains("age_column: column 'age' is not in the file", Assert.Throws<LinkageSettingsException>(() => LinkageDataset.Create(missing, Columns)).Message, StringComparison.Ordinal);
    }
}
