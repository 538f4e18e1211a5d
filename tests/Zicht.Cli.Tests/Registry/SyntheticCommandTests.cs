namespace Zicht.Cli.Tests.Registry;

public sealed class SyntheticCommandTests
{
    [Fact]
    public async Task Synthetic_signals_are_written_with_the_true_person_behind_each()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("zicht-synth-").FullName, "signals.csv");
        var (exit, output, error) = await Cli.RunAsync(Cli.Synthetic, "synthetic", "signals", "--persons", "300", "--years", "2019", "--seed", "4", "--output", file);
        Assert.True(exit == 0, error);
        Assert.Contains("signals written", output);

        var lines = await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken);
        Assert.StartsWith("signal_id,true_person_id,given_name,family_name,date_of_birth", lines[0]);
        var truePersons = lines.Skip(1).Select(l => l.Split(',')[1]).ToList();
        // Detection is drawn person by person: a standard deviation is about 6 % at 300 persons, so ±15 % is 2.5 of them.
        Assert.InRange(truePersons.Distinct().Count(), 255, 345);
        Assert.True(truePersons.Count > truePersons.Distinct().Count(), "some persons have several signals");

        var again = Path.Combine(Path.GetDirectoryName(file)!, "again.csv");
        await Cli.RunAsync(Cli.Synthetic, "synthetic", "signals", "--persons", "300", "--years", "2019", "--seed", "4", "--output", again);
        Assert.Equal(lines, await File.ReadAllLinesAsync(again, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_missing_output_folder_is_bad_input()
    {
        var (exit, _, error) = await Cli.RunAsync(Cli.Synthetic, "synthetic", "signals", "--output", "/nonexistent-folder/x.csv");
        Assert.Equal(2, exit);
        Assert.Contains("does not exist", error);
    }
}
