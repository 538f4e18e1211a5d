using System.Globalization;
using Zicht.Cli.Commands.Linkage;

namespace Zicht.Cli.Tests.Linkage;

public sealed class LinkCommandTests
{
    private static readonly System.CommandLine.Command Link = LinkCommand.Create();

    private static double Metric(string output, string name)
    {
        var line = output.Split('\n').First(l => l.StartsWith(name, StringComparison.Ordinal));
        return double.Parse(line[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Dedupe_without_settings_prints_them_and_finds_the_duplicates()
    {
        var folder = LinkFiles.Folder();
        var (header, rows) = LinkFiles.People(400, seed: 1);
        var input = LinkFiles.Write(folder, "people.csv", header, rows);
        var pairs = Path.Combine(folder, "pairs.csv");

        var (exit, output, error) = await Cli.RunAsync(Link, "link", "dedupe", "--input", input, "--id-column", "id", "--output", pairs, "--exclude", "person");
        Assert.True(exit == 0, error);
        Assert.Contains("\"comparisons\"", output, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"name\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"column\": \"person\"", output, StringComparison.Ordinal);

        var written = LinkFiles.ReadCsv(pairs);
        Assert.Equal(["id_left", "id_right", "probability"], written[0][..3]);
        Assert.Contains("weight_first_name", written[0]);
        Assert.All(written.Skip(1), row =>
        {
            Assert.True(string.CompareOrdinal(row[0], row[1]) < 0, $"{row[0]} before {row[1]}");
            Assert.True(double.Parse(row[2], CultureInfo.InvariantCulture) >= 0.9);
        });

        var evaluation = await Cli.RunAsync(Link, "link", "evaluate", "--pairs", pairs, "--truth-column", "person", "--input", input);
        Assert.True(evaluation.Exit == 0, evaluation.Error);
        Assert.True(Metric(evaluation.Out, "precision") >= 0.97, evaluation.Out);
        Assert.True(Metric(evaluation.Out, "recall") >= 0.95, evaluation.Out);
    }

    [Fact]
    public async Task Saved_settings_can_be_edited_and_passed_back()
    {
        var folder = LinkFiles.Folder();
        var (header, rows) = LinkFiles.People(200, seed: 2);
        var input = LinkFiles.Write(folder, "people.csv", header, rows);
        var settings = Path.Combine(folder, "settings.json");
        var first = await Cli.RunAsync(Link, "link", "dedupe", "--input", input, "--id-column", "id", "--output", Path.Combine(folder, "a.csv"), "--exclude", "person", "--save-settings", settings);
        Assert.True(first.Exit == 0, first.Error);

        File.WriteAllText(settings, File.ReadAllText(settings).Replace("\"threshold\": 0.9", "\"threshold\": 0.99", StringComparison.Ordinal));
        var second = await Cli.RunAsync(Link, "link", "dedupe", "--input", input, "--id-column", "id", "--settings", settings, "--output", Path.Combine(folder, "b.csv"));
        Assert.True(second.Exit == 0, second.Error);
        Assert.DoesNotContain("\"comparisons\"", second.Out, StringComparison.Ordinal);
        Assert.All(LinkFiles.ReadCsv(Path.Combine(folder, "b.csv")).Skip(1), row => Assert.True(double.Parse(row[2], CultureInfo.InvariantCulture) >= 0.99));
    }

    [Fact]
    public async Task Pair_links_two_files_with_columns_in_another_order()
    {
        var folder = LinkFiles.Folder();
        var (header, rows) = LinkFiles.People(300, seed: 3);
        var left = LinkFiles.Write(folder, "left.csv", header, rows.Where((_, i) => i % 2 == 0));
        var reordered = rows.Where((_, i) => i % 2 == 1).Select(r => r.Split(',')).Select(f => string.Join(',', f[5], f[4], f[3], f[2], f[1], f[0]));
        var right = LinkFiles.Write(folder, "right.csv", "person,postcode,date_of_birth,last_name,first_name,id", reordered);
        var pairs = Path.Combine(folder, "pairs.csv");

        var (exit, _, error) = await Cli.RunAsync(Link, "link", "pair", "--left", left, "--right", right, "--id-column", "id", "--output", pairs, "--exclude", "person");
        Assert.True(exit == 0, error);
        var evaluation = await Cli.RunAsync(Link, "link", "evaluate", "--pairs", pairs, "--truth-column", "person", "--input", left, "--right", right);
        Assert.True(evaluation.Exit == 0, evaluation.Error);
        Assert.True(Metric(evaluation.Out, "precision") >= 0.95, evaluation.Out);
        Assert.True(Metric(evaluation.Out, "recall") >= 0.9, evaluation.Out);
    }

    [Fact]
    public async Task Encoded_files_deduplicate_without_any_name_in_them()
    {
        var folder = LinkFiles.Folder();
        var (header, rows) = LinkFiles.People(400, seed: 4);
        var input = LinkFiles.Write(folder, "people.csv", header, rows);
        var secret = Path.Combine(folder, "secret.key");
        File.WriteAllText(secret, "c2hhcmVkIHNlY3JldCBvZiB0aGUgdHdvIHBhcnRpZXM=\n");
        var encoded = Path.Combine(folder, "encoded.csv");

        var encode = await Cli.RunAsync(Link, "link", "encode", "--input", input, "--secret-file", secret, "--output", encoded, "--keep", "person");
        Assert.True(encode.Exit == 0, encode.Error);
        var text = File.ReadAllText(encoded);
        Assert.DoesNotContain("Jansen", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("first_name,", text, StringComparison.Ordinal);
        Assert.Contains("first_name~bf", text, StringComparison.Ordinal);

        var pairs = Path.Combine(folder, "pairs.csv");
        var dedupe = await Cli.RunAsync(Link, "link", "dedupe", "--input", encoded, "--id-column", "id", "--output", pairs);
        Assert.True(dedupe.Exit == 0, dedupe.Error);
        Assert.Contains("\"type\": \"name\"", dedupe.Out, StringComparison.Ordinal);
        var evaluation = await Cli.RunAsync(Link, "link", "evaluate", "--pairs", pairs, "--truth-column", "person", "--input", encoded);
        Assert.True(Metric(evaluation.Out, "precision") >= 0.95, evaluation.Out);
        Assert.True(Metric(evaluation.Out, "recall") >= 0.9, evaluation.Out);
    }

    [Fact]
    public async Task All_pairs_writes_pairs_below_the_threshold_too()
    {
        var folder = LinkFiles.Folder();
        var (header, rows) = LinkFiles.People(200, seed: 5);
        var input = LinkFiles.Write(folder, "people.csv", header, rows);
        var pairs = Path.Combine(folder, "pairs.csv");
        var (exit, _, error) = await Cli.RunAsync(Link, "link", "dedupe", "--input", input, "--id-column", "id", "--output", pairs, "--exclude", "person", "--all-pairs");
        Assert.True(exit == 0, error);
        Assert.Contains(LinkFiles.ReadCsv(pairs).Skip(1), row => double.Parse(row[2], CultureInfo.InvariantCulture) < 0.5);
    }

    [Theory]
    [InlineData("--id-column", "nope", "has no column 'nope'")]
    [InlineData("--threshold", "1.5", "--threshold")]
    [InlineData("--settings", "missing.json", "--settings: there is no file")]
    public async Task Bad_options_are_bad_input_that_says_where(string option, string value, string message)
    {
        var folder = LinkFiles.Folder();
        var (header, rows) = LinkFiles.People(30, seed: 6);
        var input = LinkFiles.Write(folder, "people.csv", header, rows);
        var args = new List<string> { "link", "dedupe", "--input", input, "--output", Path.Combine(folder, "p.csv") };
        if (option != "--id-column")
        {
            args.AddRange(["--id-column", "id"]);
        }

        args.AddRange([option, value == "missing.json" ? Path.Combine(folder, value) : value]);
        var (exit, _, error) = await Cli.RunAsync(Link, [.. args]);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeated_identifier_is_reported_with_its_line()
    {
        var folder = LinkFiles.Folder();
        var input = LinkFiles.Write(folder, "people.csv", "id,first_name,last_name,date_of_birth", ["a,Jan,Jansen,1990-01-01", "a,Piet,Bakker,1980-02-02"]);
        var (exit, _, error) = await Cli.RunAsync(Link, "link", "dedupe", "--input", input, "--id-column", "id", "--output", Path.Combine(folder, "p.csv"));
        Assert.Equal(2, exit);
        Assert.Contains("line 3", error, StringComparison.Ordinal);
        Assert.Contains("'a'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_settings_file_that_does_not_parse_is_bad_input()
    {
        var folder = LinkFiles.Folder();
        var (header, rows) = LinkFiles.People(30, seed: 7);
        var input = LinkFiles.Write(folder, "people.csv", header, rows);
        var settings = Path.Combine(folder, "s.json");
        File.WriteAllText(settings, "{ \"comparisons\": [ { \"name\": \"x\", \"type\": \"soundex\", \"column\": \"first_name\" } ] }");
        var (exit, _, error) = await Cli.RunAsync(Link, "link", "dedupe", "--input", input, "--id-column", "id", "--settings", settings, "--output", Path.Combine(folder, "p.csv"));
        Assert.Equal(2, exit);
        Assert.Contains("--settings", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_secret_is_refused()
    {
        var folder = LinkFiles.Folder();
        var (header, rows) = LinkFiles.People(30, seed: 8);
        var input = LinkFiles.Write(folder, "people.csv", header, rows);
        var secret = Path.Combine(folder, "k");
        File.WriteAllText(secret, "short\n");
        var (exit, _, error) = await Cli.RunAsync(Link, "link", "encode", "--input", input, "--secret-file", secret, "--output", Path.Combine(folder, "e.csv"));
        Assert.Equal(2, exit);
        Assert.Contains("at least 16", error, StringComparison.Ordinal);
    }
}
