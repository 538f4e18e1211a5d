using System.Text.Json;
using Zicht.Cli.Commands.Statistics;

namespace Zicht.Cli.Tests.Statistics;

public sealed class MseCommandTests
{
    [Fact]
    public async Task Mse_prints_the_stepwise_estimate_interval_and_model_as_json()
    {
        var (exit, output, error) = await Cli.RunAsync(MseCommand.Create(), "mse", "--input", StatisticsFiles.Korea(), "--format", "json", "--ci", "profile");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(123, root.GetProperty("observed").GetDouble());
        Assert.Equal(268.7778, root.GetProperty("estimate").GetDouble(), 0.001);
        Assert.Equal(145.7778, root.GetProperty("hidden").GetDouble(), 0.001);
        var ci = root.GetProperty("ci");
        Assert.Equal("profile", ci.GetProperty("method").GetString());
        Assert.Equal(0.95, ci.GetProperty("level").GetDouble());
        Assert.True(ci.GetProperty("lower").GetDouble() < 268.78 && ci.GetProperty("upper").GetDouble() > 268.78);
        var model = root.GetProperty("model");
        Assert.Equal(["b:c"], model.GetProperty("terms").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(8.566946, model.GetProperty("deviance").GetDouble(), 5);
        Assert.Equal(44.90767, model.GetProperty("aic").GetDouble(), 4);
        Assert.Equal(58.9686, model.GetProperty("bic").GetDouble(), 3);
        Assert.Equal(5, model.GetProperty("coefficients").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("warnings").ValueKind);
    }

    [Fact]
    public async Task Mse_bootstrap_is_reproducible_with_a_seed()
    {
        var file = StatisticsFiles.Korea();
        var a = await Cli.RunAsync(MseCommand.Create(), "mse", "--input", file, "--format", "json", "--ci", "bootstrap", "--replicates", "50", "--seed", "7");
        var b = await Cli.RunAsync(MseCommand.Create(), "mse", "--input", file, "--format", "json", "--ci", "bootstrap", "--replicates", "50", "--seed", "7");
        Assert.Equal(0, a.Exit);
        Assert.Equal(a.Out, b.Out);
        Assert.Contains("nonparametric-bootstrap", a.Out);
    }

    [Fact]
    public async Task Mse_lcmcr_reports_a_credible_interval()
    {
        var (exit, output, error) = await Cli.RunAsync(MseCommand.Create(), "mse", "--input", StatisticsFiles.Korea(), "--method", "lcmcr",
            "--iterations", "400", "--burn-in", "200", "--thinning", "2", "--seed", "3", "--format", "json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("credible", json.RootElement.GetProperty("ci").GetProperty("method").GetString());
        Assert.True(json.RootElement.GetProperty("estimate").GetDouble() >= 123);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("model").ValueKind);
        var convergence = json.RootElement.GetProperty("convergence");
        Assert.Equal(200, convergence.GetProperty("samples").GetInt32());
        Assert.Equal(1, convergence.GetProperty("chains").GetInt32());
        Assert.True(convergence.GetProperty("r_hat").GetDouble() > 0);
        Assert.True(convergence.GetProperty("effective_samples").GetDouble() < 400);
        Assert.Contains(json.RootElement.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("effective samples", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mse_says_there_is_no_estimate_instead_of_printing_a_number()
    {
        var file = StatisticsFiles.Write("a-only.csv", "A,B,count\n1,0,30\n1,1,10\n");
        var (exit, output, _) = await Cli.RunAsync(MseCommand.Create(), "mse", "--input", file, "--method", "main", "--format", "json");
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("estimate").ValueKind);
        Assert.Contains(json.RootElement.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("does not exist", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A,B,count\n1,2,5\n0,1,4\n", "line 2, column 'B': '2' must be 0 or 1")]
    [InlineData("A,B,persons\n1,0,5\n0,1,4\n", "last column must be 'count' or 'frequency'")]
    [InlineData("A,B,count\n1,0,-5\n0,1,4\n", "whole number of persons")]
    [InlineData("A,B,count\n0,0,5\n0,1,4\n", "pattern on no list")]
    [InlineData("A,B,count\n1,0,5\n0,1\n", "2 fields where the header has 3")]
    public async Task Mse_bad_input_gets_exit_code_2_and_says_where(string content, string expected)
    {
        var (exit, _, error) = await Cli.RunAsync(MseCommand.Create(), "mse", "--input", StatisticsFiles.Write("bad.csv", content));
        Assert.Equal(2, exit);
        Assert.Contains(expected, error);
    }

    [Fact]
    public async Task Mse_rejects_an_unknown_method_and_a_missing_file()
    {
        Assert.Equal(2, (await Cli.RunAsync(MseCommand.Create(), "mse", "--input", StatisticsFiles.Korea(), "--method", "magic")).Exit);
        var missing = await Cli.RunAsync(MseCommand.Create(), "mse", "--input", "/nonexistent/x.csv");
        Assert.Equal(2, missing.Exit);
        Assert.Contains("no file", missing.Error);
        var level = await Cli.RunAsync(MseCommand.Create(), "mse", "--input", StatisticsFiles.Korea(), "--level", "95");
        Assert.Equal(2, level.Exit);
        Assert.Contains("--level", level.Error);
    }

    [Fact]
    public async Task Mse_gives_one_estimate_per_stratum_in_one_call()
    {
        var korea = "1,0,0,5\n0,1,0,5\n1,1,0,54\n0,0,1,41\n1,0,1,6\n1,1,1,12\n";
        var content = "year,b,c,d,count\n" + string.Concat(korea.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => $"2023,{l}\n"))
            + "2024,1,0,0,10\n2024,0,1,0,8\n2024,1,1,0,30\n2024,0,0,1,50\n2024,1,0,1,9\n2024,0,1,1,4\n2024,1,1,1,7\n";
        var (exit, output, error) = await Cli.RunAsync(MseCommand.Create(), "mse", "--input", StatisticsFiles.Write("strata.csv", content), "--stratum", "year", "--format", "json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var strata = json.RootElement.GetProperty("strata");
        Assert.Equal(268.7778, strata.GetProperty("2023").GetProperty("estimate").GetDouble(), 0.001);
        Assert.Equal(118, strata.GetProperty("2024").GetProperty("observed").GetDouble());
    }

    [Fact]
    public async Task Mse_table_output_names_the_model_and_the_interval()
    {
        var (exit, output, _) = await Cli.RunAsync(MseCommand.Create(), "mse", "--input", StatisticsFiles.Korea());
        Assert.Equal(0, exit);
        Assert.Contains("main effects + b:c", output);
        Assert.Contains("95% interval (wald)", output);
        Assert.Contains("269", output);
    }
}
