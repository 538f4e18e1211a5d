using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Zicht.Statistics.Lcmcr;
using Zicht.Statistics.Mse;

namespace Zicht.Cli.Commands.Statistics;

/// <summary><c>zicht mse</c>: the hidden number by multiple systems estimation from a table of capture patterns.</summary>
public static class MseCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "CSV with one 0/1 column per list and a last column 'count' or 'frequency', one row per observed pattern.", Required = true };
        var method = new Option<string>("--method") { Description = "stepwise (Chan–Silverman–Vincent), main, aic, bic or lcmcr.", DefaultValueFactory = _ => "stepwise" };
        method.AcceptOnlyFromAmong("stepwise", "main", "aic", "bic", "lcmcr");
        var threshold = new Option<double>("--threshold") { Description = "P-value threshold of the stepwise method.", DefaultValueFactory = _ => StepwiseSelection.DefaultThreshold };
        var ci = new Option<string>("--ci") { Description = "Interval: wald (normal on log hidden), profile (likelihood), bootstrap (repeats the selection) or none. LCMCR always gives its credible interval.", DefaultValueFactory = _ => "wald" };
        ci.AcceptOnlyFromAmong("wald", "profile", "bootstrap", "none");
        var bootstrap = new Option<string>("--bootstrap") { Description = "Bootstrap kind: nonparametric (resample persons) or parametric (from the fitted model).", DefaultValueFactory = _ => "nonparametric" };
        bootstrap.AcceptOnlyFromAmong("nonparametric", "parametric");
        var replicates = new Option<int>("--replicates") { Description = "Bootstrap replicates.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Seed for bootstrap and LCMCR: the same seed gives the same result.", DefaultValueFactory = _ => 1 };
        var level = new Option<double>("--level") { Description = "Interval level.", DefaultValueFactory = _ => 0.95 };
        var iterations = new Option<int>("--iterations") { Description = "LCMCR iterations kept after burn-in.", DefaultValueFactory = _ => 10_000 };
        var burnIn = new Option<int>("--burn-in") { Description = "LCMCR burn-in iterations.", DefaultValueFactory = _ => 10_000 };
        var thinning = new Option<int>("--thinning") { Description = "LCMCR: keep every n-th iteration.", DefaultValueFactory = _ => 10 };
        var chains = new Option<int>("--chains") { Description = "LCMCR: independent chains, pooled (seeds S, S+1, …).", DefaultValueFactory = _ => 1 };
        var format = new Option<OutputFormat>("--format") { Description = "table or json.", DefaultValueFactory = _ => OutputFormat.Table };
        var stratum = new Option<string?>("--stratum") { Description = "Column that splits the file into strata (for example year or form of exploitation): one estimate per stratum." };
        var command = new Command("mse", "Estimate the total and hidden number of victims from overlapping lists (multiple systems estimation).")
        {
            input, method, threshold, ci, bootstrap, replicates, seed, level, iterations, burnIn, thinning, chains, format, stratum,
        };
        command.SetAction((p, ct) =>
        {
            var tables = ReadTables(p.GetValue(input), p.GetValue(stratum));
            var options = new MseOptions
            {
                Method = Enum.Parse<SelectionMethod>(p.GetValue(method)!, ignoreCase: true),
                Threshold = p.GetValue(threshold),
                Interval = Enum.Parse<IntervalKind>(p.GetValue(ci)!, ignoreCase: true),
                Bootstrap = Enum.Parse<BootstrapKind>(p.GetValue(bootstrap)!, ignoreCase: true),
                Replicates = p.GetValue(replicates),
                Seed = p.GetValue(seed),
                Level = p.GetValue(level),
                Lcmcr = new LcmcrOptions { Iterations = p.GetValue(iterations), BurnIn = p.GetValue(burnIn), Thinning = p.GetValue(thinning), Seed = p.GetValue(seed), Chains = p.GetValue(chains) },
            };
            try
            {
                options.Validate();
            }
            catch (ArgumentException e)
            {
                throw new BadInputException($"--{e.Message}", e);
            }

            if (p.GetValue(stratum) is null)
            {
                var result = MseEstimator.Estimate(tables[""], options, ct);
                if (p.GetValue(format) == OutputFormat.Json)
                {
                    Console.WriteLine(ToJson(result));
                }
                else
                {
                    Print(result);
                }

                return Task.FromResult(result.Estimate is null ? ExitCodes.Failure : ExitCodes.Ok);
            }

            var results = MseEstimator.EstimateStrata(tables, options, ct);
            if (p.GetValue(format) == OutputFormat.Json)
            {
                Console.WriteLine("{\n  \"strata\": {");
                var i = 0;
                foreach (var (name, result) in results)
                {
                    var body = ToJson(result).Replace("\n", "\n    ", StringComparison.Ordinal);
                    Console.WriteLine($"    {JsonSerializer.Serialize(name)}: {body}{(++i < results.Count ? "," : "")}");
                }

                Console.WriteLine("  }\n}");
            }
            else
            {
                foreach (var (name, result) in results)
                {
                    Terminal.Out().MarkupLine($"[bold]{Markup.Escape(name)}[/]");
                    Print(result);
                }
            }

            return Task.FromResult(results.Values.Any(r => r.Estimate is null) ? ExitCodes.Failure : ExitCodes.Ok);
        });
        return command;
    }

    /// <summary>The capture table(s) of a file: one under the key "" without a stratum column, else one per stratum.</summary>
    internal static Dictionary<string, CaptureTable> ReadTables(string? path, string? stratum)
    {
        var csv = CsvInput.Read(path);
        var last = csv.Header.Length - 1;
        var stratumColumn = stratum is null ? -1 : csv.Column(stratum, "--stratum");
        var listColumns = Enumerable.Range(0, last).Where(j => j != stratumColumn).ToArray();
        if (listColumns.Length < 2 || !(csv.Header[last].Equals("count", StringComparison.OrdinalIgnoreCase) || csv.Header[last].Equals("frequency", StringComparison.OrdinalIgnoreCase)))
        {
            throw new BadInputException($"{csv.Path}: the last column must be 'count' or 'frequency' after at least two list columns; the header is {string.Join(", ", csv.Header)}.");
        }

        if (listColumns.Length > CaptureTable.MaxLists)
        {
            throw new BadInputException($"{csv.Path}: {listColumns.Length} lists; at most {CaptureTable.MaxLists} are supported.");
        }

        var lists = listColumns.Select(j => csv.Header[j]).ToArray();
        var rows = new Dictionary<string, List<(int, double)>>(StringComparer.Ordinal);
        foreach (var (line, fields) in csv.Rows)
        {
            var mask = 0;
            for (var b = 0; b < listColumns.Length; b++)
            {
                var j = listColumns[b];
                mask |= fields[j] switch
                {
                    "1" => 1 << b,
                    "0" => 0,
                    _ => throw new BadInputException($"{csv.Path}, line {line}, column '{csv.Header[j]}': '{fields[j]}' must be 0 or 1."),
                };
            }

            var count = csv.Number(line, fields, last);
            if (count < 0 || count != Math.Floor(count))
            {
                throw new BadInputException($"{csv.Path}, line {line}, column '{csv.Header[last]}': '{fields[last]}' must be a whole number of persons, zero or more.");
            }

            if (mask == 0)
            {
                if (count == 0)
                {
                    continue;
                }

                throw new BadInputException($"{csv.Path}, line {line}: a pattern on no list cannot be observed; that is the hidden number to estimate.");
            }

            var key = stratumColumn < 0 ? "" : fields[stratumColumn];
            if (!rows.TryGetValue(key, out var list))
            {
                list = [];
                rows[key] = list;
            }

            list.Add((mask, count));
        }

        if (rows.Count == 0)
        {
            rows[""] = [];
        }

        return rows.ToDictionary(r => r.Key, r => CaptureTable.FromPatterns(lists, r.Value), StringComparer.Ordinal);
    }

    internal static string ToJson(MseResult r) => JsonOut.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("method", r.Method.ToString().ToLowerInvariant());
        w.Number("observed", r.Observed);
        w.Number("estimate", r.Estimate);
        w.Number("hidden", r.Hidden);
        if (r.Interval is { } ci)
        {
            w.WriteStartObject("ci");
            w.Number("lower", ci.Lower);
            w.Number("upper", ci.Upper);
            w.Number("level", ci.Level);
            w.WriteString("method", MethodName(ci.Method));
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("ci");
        }

        if (r.Model is { IsUsable: true } m)
        {
            w.WriteStartObject("model");
            w.WriteStartArray("terms");
            foreach (var t in m.TermNames)
            {
                w.WriteStringValue(t);
            }

            w.WriteEndArray();
            w.WriteStartArray("coefficients");
            foreach (var c in m.Coefficients)
            {
                w.WriteStartObject();
                w.WriteString("name", c.Name);
                w.Number("estimate", c.Estimate);
                w.Number("standard_error", c.StandardError);
                w.WriteBoolean("minus_infinity", double.IsNegativeInfinity(c.Estimate));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.Number("deviance", m.Deviance);
            w.WriteNumber("df", m.DegreesOfFreedom);
            w.Number("aic", m.Aic);
            w.Number("bic", m.Bic);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("model");
        }

        if (r.Convergence is { } mixing)
        {
            w.WriteStartObject("convergence");
            w.Number("r_hat", mixing.RHat);
            w.Number("effective_samples", mixing.EffectiveSamples);
            w.WriteNumber("chains", mixing.Chains);
            w.WriteNumber("samples", mixing.Samples);
            w.WriteEndObject();
        }

        w.WriteStartArray("warnings");
        foreach (var warning in r.Warnings)
        {
            w.WriteStringValue(warning);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static string MethodName(IntervalMethod m) => m switch
    {
        IntervalMethod.Wald => "wald",
        IntervalMethod.Profile => "profile",
        IntervalMethod.ParametricBootstrap => "parametric-bootstrap",
        IntervalMethod.NonparametricBootstrap => "nonparametric-bootstrap",
        _ => "credible",
    };

    private static void Print(MseResult r)
    {
        var console = Terminal.Out();
        string F(double? v) => v is { } x && double.IsFinite(x) ? x.ToString("N0", CultureInfo.InvariantCulture) : "—";
        var grid = new Grid().AddColumn().AddColumn(new GridColumn().RightAligned());
        grid.AddRow("Observed", F(r.Observed));
        grid.AddRow("Estimated total", r.Estimate is null ? "[red]no estimate[/]" : F(r.Estimate));
        grid.AddRow("Hidden", F(r.Hidden));
        if (r.Interval is { } ci)
        {
            grid.AddRow(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{ci.Level * 100:0.#}% interval ({MethodName(ci.Method)})")), $"{F(ci.Lower)} – {F(ci.Upper)}");
        }

        console.Write(grid);
        if (r.Model is { IsUsable: true } m)
        {
            console.MarkupLine(Markup.Escape($"Model: main effects{(m.TermNames.Count > 0 ? " + " + string.Join(" + ", m.TermNames) : "")}; deviance {m.Deviance:F3} on {m.DegreesOfFreedom} df, AIC {m.Aic:F2}, BIC {m.Bic:F2}"));
        }

        if (r.Convergence is { } mixing)
        {
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"Chains: {mixing.Chains}, {mixing.Samples:N0} samples; R-hat {mixing.RHat:0.000}, effective samples {mixing.EffectiveSamples:N0}")));
        }

        foreach (var warning in r.Warnings)
        {
            console.MarkupLine($"[yellow]Warning:[/] {Markup.Escape(warning)}");
        }
    }
}
