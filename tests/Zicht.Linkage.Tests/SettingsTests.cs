using Zicht.Linkage.Data;
using Zicht.Linkage.Privacy;
using Zicht.Linkage.Settings;
using Zicht.Linkage.Tests.Fixtures;

namespace Zicht.Linkage.Tests;

public sealed class SettingsTests
{
    [Fact]
    public void Settings_survive_json_in_snake_case()
    {
        var settings = Records.PersonSettings(new BlockingRuleSettings
        {
            Keys = [new BlockingKeySettings { Column = "first_name", Transform = BlockingTransform.Phonetic }, new BlockingKeySettings { Column = "dob", Transform = BlockingTransform.Year }],
        });
        var json = LinkageJson.Write(settings);
        Assert.Contains("\"swap_with\": \"last_name\"", json, StringComparison.Ordinal);
        Assert.Contains("\"transform\": \"phonetic\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"bits\"", json, StringComparison.Ordinal);
        var back = LinkageJson.ReadSettings(json);
        Assert.Equal(json, LinkageJson.Write(back));
    }

    [Fact]
    public void A_misspelt_setting_is_reported_with_its_place()
    {
        var e = Assert.Throws<LinkageSettingsException>(() => LinkageJson.ReadSettings("{\n \"comparisons\": [],\n \"treshold\": 0.9\n}"));
        Assert.Contains("line", e.Message, StringComparison.Ordinal);
        Assert.Contains("treshold", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_missing_from_the_file_is_named()
    {
        var settings = Records.PersonSettings() with
        {
            Comparisons = [new ComparisonSettings { Name = "x", Type = ComparisonType.Name, Column = "surname" }],
        };
        var e = Assert.Throws<LinkageSettingsException>(() => LinkageDataset.Create(settings, Records.Columns));
        Assert.Contains("'surname'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comparison_with_more_levels_than_a_pattern_holds_is_refused()
    {
        var bands = Enumerable.Range(0, 12).Select(i => 0.95 - (i * 0.05)).ToList();
        var settings = Records.PersonSettings() with
        {
            Comparisons = [new ComparisonSettings { Name = "first", Type = ComparisonType.Name, Column = "first_name", Thresholds = bands }],
        };
        var e = Assert.Throws<LinkageSettingsException>(() => LinkageDataset.Create(settings, Records.Columns));
        Assert.Contains("'first'", e.Message, StringComparison.Ordinal);
        Assert.Contains("at most 15", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thresholds_out_of_range_are_refused() =>
        Assert.Throws<LinkageSettingsException>(() => LinkageDataset.Create(Records.PersonSettings() with { Threshold = 1.5 }, Records.Columns));

    [Fact]
    public void Guessing_recognises_person_fields_and_skips_the_truth()
    {
        var people = MessyPeople.Generate(500, seed: 3);
        var guess = SettingsGuesser.Guess(PersonRecord.Columns, [.. people.Select(p => (IReadOnlyList<string?>)p.Row())], "id");
        Assert.Equal(ColumnRole.FirstName, guess.Roles["first_name"]);
        Assert.Equal(ColumnRole.LastName, guess.Roles["last_name"]);
        Assert.Equal(ColumnRole.BirthDate, guess.Roles["date_of_birth"]);
        Assert.Equal(ColumnRole.Postcode, guess.Roles["postcode"]);
        Assert.Equal(ColumnRole.Category, guess.Roles["sex"]);
        Assert.Equal(ColumnRole.Ignored, guess.Roles["person_id"]);
        Assert.DoesNotContain(guess.Settings.Comparisons, c => c.Column is "person_id" or "id");
        Assert.Equal("last_name", guess.Settings.Comparisons.Single(c => c.Column == "first_name").SwapWith);
        guess.Settings.Validate(PersonRecord.Columns);
    }

    [Fact]
    public void Guessing_reads_contents_when_names_say_nothing()
    {
        string[] columns = ["key", "a", "b", "c"];
        var rows = Enumerable.Range(0, 200)
            .Select(i => (IReadOnlyList<string?>)[$"k{i}", $"19{50 + (i % 40)}-0{1 + (i % 9)}-1{i % 10}", $"{1000 + i} AB", i % 2 == 0 ? "x" : "y"])
            .ToList();
        var roles = SettingsGuesser.Guess(columns, rows, "key").Roles;
        Assert.Equal(ColumnRole.OtherDate, roles["a"]);
        Assert.Equal(ColumnRole.Postcode, roles["b"]);
        Assert.Equal(ColumnRole.Category, roles["c"]);
    }

    [Fact]
    public void A_municipality_code_is_a_category_weighed_by_its_frequency_and_a_place_of_birth_a_place()
    {
        string[] columns = ["id", "given_name", "family_name", "date_of_birth", "place_of_birth", "municipality"];
        var rows = Enumerable.Range(0, 300)
            .Select(i => (IReadOnlyList<string?>)[$"{i}", $"Anna{i % 40}", $"Jansen{i % 70}", $"19{50 + (i % 40)}-0{1 + (i % 9)}-1{i % 10}", i % 3 == 0 ? $"Plaats{i % 50}" : null, $"GM0{100 + (i % 60)}"])
            .ToList();
        var guess = SettingsGuesser.Guess(columns, rows, "id");
        Assert.Equal(ColumnRole.Place, guess.Roles["place_of_birth"]);
        Assert.Equal(ColumnRole.PlaceCode, guess.Roles["municipality"]);
        var municipality = guess.Settings.Comparisons.Single(c => c.Column == "municipality");
        Assert.Equal(ComparisonType.Category, municipality.Type);
        Assert.True(municipality.TermFrequency);
        Assert.Equal(ComparisonType.String, guess.Settings.Comparisons.Single(c => c.Column == "place_of_birth").Type);

        // The place most records have blocks: a surname's sound there, and a date of birth there; a given name's sound
        // blocks in both places, in small blocks only.
        var placeRules = guess.Settings.Blocking.Where(r => r.Keys.Any(k => k.Column is "municipality" or "place_of_birth")).ToList();
        Assert.Equal(4, placeRules.Count);
        var municipalityRules = placeRules.Where(r => r.Keys.Any(k => k.Column == "municipality" && k.Transform == BlockingTransform.Exact)).ToList();
        Assert.Equal(3, municipalityRules.Count);
        Assert.Contains(municipalityRules, r => r.Keys.Any(k => k.Column == "family_name" && k.Transform == BlockingTransform.Phonetic) && r.MaxBlockSize is null);
        Assert.Contains(municipalityRules, r => r.Keys.Any(k => k.Column == "date_of_birth" && k.Transform == BlockingTransform.Swap) && r.MaxBlockSize is null);
        Assert.All(placeRules.Where(r => r.Keys.Any(k => k.Column == "given_name")), r => Assert.Equal(100, r.MaxBlockSize));
        Assert.Equal(2, placeRules.Count(r => r.Keys.Any(k => k.Column == "given_name")));
        guess.Settings.Validate(columns);

        // Encoded, the filled filters tell which place most records have, and the encoder wrote its blocking keys.
        var encoder = new BloomEncoder("a secret of at least sixteen bytes"u8.ToArray(), guess.Settings, columns, new BloomEncodingOptions { Keep = ["id"] });
        var encoded = SettingsGuesser.Guess(encoder.Columns, [.. rows.Select(r => (IReadOnlyList<string?>)encoder.Encode(r))], "id").Settings;
        Assert.Equal(3, encoded.Blocking.Count(r => r.Keys.Any(k => k.Column == "municipality")));
        Assert.Equal(1, encoded.Blocking.Count(r => r.Keys.Any(k => k.Column == "place_of_birth")));
    }
}
