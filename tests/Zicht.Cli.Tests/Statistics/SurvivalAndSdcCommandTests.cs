using System.Text.Json;
using Zicht.Cli.Commands.Statistics;

namespace Zicht.Cli.Tests.Statistics;

public sealed class SurvivalAndSdcCommandTests
{
    [Fact]
    public async Task Survival_gives_curves_per_group_and_the_log_rank_test_as_in_r()
    {
        var (exit, output, error) = await Cli.RunAsync(SurvivalCommand.Create(), "survival", "--input", StatisticsFiles.Aml(),
            "--time", "weeks", "--event", "relapse", "--group", "arm", "--format", "json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var groups = json.RootElement.GetProperty("groups");
        Assert.Equal(2, groups.GetArrayLength());
        var first = groups[0].GetProperty("rows")[0];
        Assert.Equal(9, first.GetProperty("time").GetDouble());
        Assert.Equal(11, first.GetProperty("at_risk").GetInt32());
        Assert.Equal(1, first.GetProperty("events").GetInt32());
        Assert.Equal(0.7541, first.GetProperty("lower").GetDouble(), 0.0001);
        var logRank = json.RootElement.GetProperty("log_rank");
        Assert.Equal(3.40, logRank.GetProperty("statistic").GetDouble(), 0.005);
        Assert.Equal(0.0653, logRank.GetProperty("p_value").GetDouble(), 0.0001);
    }

    [Fact]
    public async Task Survival_reports_at_requested_times_on_the_requested_scale()
    {
        var (exit, output, _) = await Cli.RunAsync(SurvivalCommand.Create(), "survival", "--input", StatisticsFiles.Aml(),
            "--time", "weeks", "--event", "relapse", "--at", "10,20", "--conf-type", "log-log", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("log-log", json.RootElement.GetProperty("conf_type").GetString());
        var rows = json.RootElement.GetProperty("groups")[0].GetProperty("rows");
        Assert.Equal([10.0, 20.0], rows.EnumerateArray().Select(r => r.GetProperty("time").GetDouble()));
        Assert.False(json.RootElement.TryGetProperty("log_rank", out _));
    }

    [Fact]
    public async Task Survival_with_competing_causes_adds_cumulative_incidence_per_cause()
    {
        var file = StatisticsFiles.Write("cr.csv", "t,status\n1,1\n2,2\n3,0\n4,1\n5,2\n");
        var (exit, output, _) = await Cli.RunAsync(SurvivalCommand.Create(), "survival", "--input", file, "--time", "t", "--event", "status", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var last = json.RootElement.GetProperty("groups")[0].GetProperty("competing_risks")[3].GetProperty("incidence");
        Assert.Equal([0.5, 0.5], last.EnumerateArray().Select(v => Math.Round(v.GetDouble(), 9)));
    }

    [Theory]
    [InlineData("--time", "days", "--time: ")]
    [InlineData("--at", "10,soon", "--at: 'soon'")]
    public async Task Survival_bad_options_get_exit_code_2(string option, string value, string expected)
    {
        string[] args = ["survival", "--input", StatisticsFiles.Aml(), "--time", "weeks", "--event", "relapse"];
        args = option == "--time" ? ["survival", "--input", StatisticsFiles.Aml(), "--time", value, "--event", "relapse"] : [.. args, option, value];
        var (exit, _, error) = await Cli.RunAsync(SurvivalCommand.Create(), args);
        Assert.Equal(2, exit);
        Assert.Contains(expected, error);
    }

    [Fact]
    public async Task Survival_rejects_an_entry_after_the_exit_naming_the_line()
    {
        var file = StatisticsFiles.Write("e.csv", "t,e,start\n5,1,0\n3,1,4\n");
        var (exit, _, error) = await Cli.RunAsync(SurvivalCommand.Create(), "survival", "--input", file, "--time", "t", "--event", "e", "--entry", "start");
        Assert.Equal(2, exit);
        Assert.Contains("line 3", error);
    }

    [Fact]
    public async Task Sdc_writes_margins_status_and_published_values_and_never_a_small_count()
    {
        var input = StatisticsFiles.Write("t.csv", "region,form,n\nN,labour,3\nN,sex,40\nN,crime,55\nS,labour,25\nS,sex,30\nS,crime,60\nE,labour,44\nE,sex,12\nE,crime,70\n");
        var output = Path.Combine(Path.GetDirectoryName(input)!, "out.csv");
        var (exit, stdout, error) = await Cli.RunAsync(SdcCommand.Create(), "sdc", "--input", input, "--count-column", "n", "--output", output);
        Assert.True(exit == 0, error);
        Assert.Contains("fewer than 10", stdout);
        var lines = File.ReadAllLines(output);
        Assert.Equal("region,form,status,n", lines[0]);
        Assert.Equal(16, lines.Length - 1);
        Assert.Contains("N,labour,primary,", lines);
        Assert.Contains("Total,Total,safe,339", lines);
        Assert.Equal(3, lines.Count(l => l.Contains(",secondary,", StringComparison.Ordinal)));
        foreach (var line in lines.Skip(1))
        {
            var value = line.Split(',')[^1];
            Assert.True(value.Length == 0 || double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) is 0 or >= 10, line);
        }
    }

    [Theory]
    [InlineData("a,b,c,d,n\nx,y,z,w,4\n", "4 dimension columns")]
    [InlineData("a,n\nx,four\n", "line 2, column 'n': 'four' is not a number")]
    [InlineData("a,n\nTotal,4\n", "reserved for margins")]
    public async Task Sdc_bad_tables_get_exit_code_2(string content, string expected)
    {
        var (exit, _, error) = await Cli.RunAsync(SdcCommand.Create(), "sdc", "--input", StatisticsFiles.Write("bad.csv", content), "--count-column", "n");
        Assert.Equal(2, exit);
        Assert.Contains(expected, error);
    }
}
