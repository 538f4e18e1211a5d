namespace Zicht.Cli.Tests.Registry;

public sealed class SeedAndDbCommandTests
{
    public SeedAndDbCommandTests() => Cli.UseTestKeys();

    private static string TempDb() => Path.Combine(Directory.CreateTempSubdirectory("zicht-cli-").FullName, "demo.db");

    [Fact]
    public async Task Seed_fills_a_database_and_db_info_counts_its_rows()
    {
        var db = TempDb();
        var (exit, output, error) = await Cli.RunAsync(Cli.Seed, "seed", "--persons", "400", "--years", "2019-2020", "--seed", "3", "--db", db);
        Assert.True(exit == 0, error);
        Assert.Contains("persons", output);
        Assert.True(File.Exists(Path.Combine(db + ".truth", "signals.csv")));
        Assert.True(File.Exists(Path.Combine(db + ".truth", "capture-histories.csv")));
        var observed = await File.ReadAllLinesAsync(Path.Combine(db + ".truth", "observed-captures.csv"), TestContext.Current.CancellationToken);
        Assert.Equal("year,police,care_coordinator,labour_inspectorate,border_police,immigration,ngo,count", observed[0]);
        Assert.DoesNotContain(observed, l => l.Contains(",0,0,0,0,0,0,", StringComparison.Ordinal));

        var info = await Cli.RunAsync(Cli.Db, "db", "info", "--db", db);
        Assert.True(info.Exit == 0, info.Error);
        Assert.Contains("Schema: up to date", info.Out);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(info.Out, @"Persons\W+[34]\d\d\b"), info.Out);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(info.Out, @"Municipalities\W+342\b"), info.Out);
    }

    [Fact]
    public async Task Seeding_twice_is_refused_as_bad_input_unless_reset()
    {
        var db = TempDb();
        Assert.Equal(0, (await Cli.RunAsync(Cli.Seed, "seed", "--persons", "100", "--years", "2020", "--db", db)).Exit);
        var again = await Cli.RunAsync(Cli.Seed, "seed", "--persons", "100", "--years", "2020", "--db", db);
        Assert.Equal(2, again.Exit);
        Assert.Contains("already holds", again.Error);
        Assert.Equal(0, (await Cli.RunAsync(Cli.Seed, "seed", "--persons", "100", "--years", "2020", "--db", db, "--reset")).Exit);
    }

    [Theory]
    [InlineData("--years", "2020-2016", "first year must not come after the last")]
    [InlineData("--years", "twenty", "FROM-TO")]
    [InlineData("--persons", "0", "at least 1")]
    [InlineData("--persons", "many", "many")]
    public async Task A_bad_option_gets_exit_code_2_and_says_why(string option, string value, string expected)
    {
        var (exit, _, error) = await Cli.RunAsync(Cli.Seed, "seed", option, value, "--db", TempDb());
        Assert.Equal(2, exit);
        Assert.Contains(expected, error);
    }

    [Fact]
    public async Task An_unknown_option_gets_exit_code_2()
    {
        var (exit, _, error) = await Cli.RunAsync(Cli.Seed, "seed", "--persosn", "10");
        Assert.Equal(2, exit);
        Assert.Contains("--persosn", error);
    }

    [Fact]
    public async Task Db_info_on_a_missing_file_is_bad_input_and_migrate_creates_it()
    {
        var db = TempDb();
        var info = await Cli.RunAsync(Cli.Db, "db", "info", "--db", db);
        Assert.Equal(2, info.Exit);
        Assert.Contains("zicht db migrate", info.Error);

        var migrate = await Cli.RunAsync(Cli.Db, "db", "migrate", "--db", db);
        Assert.True(migrate.Exit == 0, migrate.Error);
        Assert.Contains("applied", migrate.Out);
        Assert.Contains("already up to date", (await Cli.RunAsync(Cli.Db, "db", "migrate", "--db", db)).Out);
    }

    [Fact]
    public async Task The_database_can_come_from_ZICHT_DB()
    {
        var db = TempDb();
        Environment.SetEnvironmentVariable("ZICHT_DB", db);
        try
        {
            Assert.Equal(0, (await Cli.RunAsync(Cli.Db, "db", "migrate")).Exit);
            Assert.True(File.Exists(db));
        }
        finally
        {
            Environment.SetEnvironmentVariable("ZICHT_DB", null);
        }
    }
}
