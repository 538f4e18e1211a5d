using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Zicht.Statistics.Survival;

namespace Zicht.Cli.Commands.Statistics;

/// <summary><c>zicht survival</c>: Kaplan–Meier, log-rank and competing-risk cumulative incidence from a CSV of persons.</summary>
public static class SurvivalCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "CSV with one row per person.", Required = true };
        var time = new Option<string>("--time") { Description = "Column with the time to the event or to censoring.", Required = true };
        var eventColumn = new Option<string>("--event") { Description = "Column with 1 for the event, 0 for censored; 2, 3, … for competing causes (for example death, departure).", Required = true };
        var group = new Option<string?>("--group") { Description = "Column to split persons into groups (adds the log-rank test)." };
        var entry = new Option<string?>("--entry") { Description = "Column with the time of entry into observation (delayed entry)." };
        var at = new Option<string?>("--at") { Description = "Report the curve only at these times, for example 30,90,365." };
        var confType = new Option<string>("--conf-type") { Description = "Interval scale: log (default, as R), log-log or plain.", DefaultValueFactory = _ => "log" };
        confType.AcceptOnlyFromAmong("log", "log-log", "plain");
        var level = new Option<double>("--level") { Description = "Interval level.", DefaultValueFactory = _ => 0.95 };
        var format = new Option<OutputFormat>("--format") { Description = "table or json.", DefaultValueFactory = _ => OutputFormat.Table };
        var command = new Command("survival", "Time to repeat victimisation: Kaplan–Meier curves, log-rank test, cumulative incidence with competing risks.")
        {
            input, time, eventColumn, group, entry, at, confType, level, format,
        };
        command.SetAction(p =>
        {
            var confidence = p.GetValue(level);
            if (confidence is <= 0 or >= 1)
            {
                throw new BadInputException($"--level: {confidence} must lie strictly between 0 and 1.");
            }

            var times = ParseTimes(p.GetValue(at));
            var type = p.GetValue(confType) switch { "log-log" => ConfidenceType.LogLog, "plain" => ConfidenceType.Plain, _ => ConfidenceType.Log };
            var groups = Read(p.GetValue(input), p.GetValue(time)!, p.GetValue(eventColumn)!, p.GetValue(group), p.GetValue(entry));
            var analysis = new List<(string? Name, SurvivalData Data, SurvivalCurve Curve, IReadOnlyList<CumulativeIncidenceRow>? Competing)>();
            foreach (var (name, data) in groups)
            {
                var competing = data.Status.Any(s => s > 1) ? AalenJohansen.Fit(data) : null;
                analysis.Add((name, data, KaplanMeier.Fit(data, type, confidence), competing));
            }

            LogRankResult? logRank = null;
            if (groups.Count > 1)
            {
                logRank = LogRankTest.Test(groups.ToDictionary(g => g.Name!, g => g.Data));
            }

            if (p.GetValue(format) == OutputFormat.Json)
            {
                Console.WriteLine(ToJson(analysis, logRank, times));
            }
            else
            {
                Print(analysis, logRank, times);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static double[]? ParseTimes(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(t =>
            double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
                ? v
                : throw new BadInputException($"--at: '{t}' is not a time; give numbers separated by commas, for example 30,90,365.")).ToArray();
    }

    private static List<(string? Name, SurvivalData Data)> Read(string? path, string time, string eventName, string? group, string? entry)
    {
        var csv = CsvInput.Read(path);
        var ti = csv.Column(time, "--time");
        var ei = csv.Column(eventName, "--event");
        var gi = group is null ? -1 : csv.Column(group, "--group");
        var ni = entry is null ? -1 : csv.Column(entry, "--entry");
        if (csv.Rows.Count == 0)
        {
            throw new BadInputException($"{csv.Path}: no persons (only a header).");
        }

        var byGroup = new SortedDictionary<string, (List<double> Exit, List<int> Status, List<double> Entry)>(StringComparer.Ordinal);
        foreach (var (line, fields) in csv.Rows)
        {
            var t = csv.Number(line, fields, ti);
            var e = csv.Number(line, fields, ei);
            if (e < 0 || e != Math.Floor(e))
            {
                throw new BadInputException($"{csv.Path}, line {line}, column '{csv.Header[ei]}': '{fields[ei]}' must be 0 (censored), 1 (event) or 2, 3, … (competing cause).");
            }

            var start = ni < 0 ? 0 : csv.Number(line, fields, ni);
            if (ni >= 0 && !(start < t))
            {
                throw new BadInputException($"{csv.Path}, line {line}: entry {fields[ni]} is not before time {fields[ti]}; follow-up must have positive length.");
            }

            if (ni < 0 && t < 0)
            {
                throw new BadInputException($"{csv.Path}, line {line}, column '{csv.Header[ti]}': time {fields[ti]} is negative.");
            }

            var key = gi < 0 ? "" : fields[gi];
            if (!byGroup.TryGetValue(key, out var lists))
            {
                lists = ([], [], []);
                byGroup[key] = lists;
            }

            lists.Exit.Add(t);
            lists.Status.Add((int)e);
            lists.Entry.Add(start);
        }

        return byGroup.Select(g => (gi < 0 ? null : g.Key, new SurvivalData(g.Value.Exit.ToArray(), g.Value.Status.ToArray(), ni < 0 ? null : g.Value.Entry.ToArray()))).ToList();
    }

    private static IEnumerable<SurvivalRow> Rows(SurvivalCurve curve, double[]? times) => times is null ? curve.EventRows : times.Select(curve.At);

    private static string ToJson(List<(string? Name, SurvivalData Data, SurvivalCurve Curve, IReadOnlyList<CumulativeIncidenceRow>? Competing)> analysis, LogRankResult? logRank, double[]? times) => JsonOut.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("conf_type", analysis[0].Curve.ConfidenceType switch { ConfidenceType.LogLog => "log-log", ConfidenceType.Plain => "plain", _ => "log" });
        w.WriteNumber("level", analysis[0].Curve.Level);
        w.WriteStartArray("groups");
        foreach (var (name, _, curve, competing) in analysis)
        {
            w.WriteStartObject();
            if (name is null)
            {
                w.WriteNull("group");
            }
            else
            {
                w.WriteString("group", name);
            }

            w.WriteNumber("persons", curve.Persons);
            w.WriteNumber("events", curve.Events);
            w.Number("median", curve.Median);
            w.WriteStartArray("rows");
            foreach (var row in Rows(curve, times))
            {
                w.WriteStartObject();
                w.WriteNumber("time", row.Time);
                w.WriteNumber("at_risk", row.AtRisk);
                w.WriteNumber("events", row.Events);
                w.Number("survival", row.Survival);
                w.Number("lower", row.Lower);
                w.Number("upper", row.Upper);
                w.Number("cumulative_incidence", row.CumulativeIncidence);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (competing is not null)
            {
                w.WriteStartArray("competing_risks");
                foreach (var row in competing)
                {
                    w.WriteStartObject();
                    w.WriteNumber("time", row.Time);
                    w.WriteNumber("at_risk", row.AtRisk);
                    w.WriteStartArray("incidence");
                    foreach (var v in row.Incidence)
                    {
                        w.WriteNumberValue(v);
                    }

                    w.WriteEndArray();
                    w.WriteStartArray("standard_errors");
                    foreach (var v in row.StandardErrors)
                    {
                        w.WriteNumberValue(v);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (logRank is not null)
        {
            w.WriteStartObject("log_rank");
            w.Number("statistic", logRank.ChiSquare);
            w.WriteNumber("df", logRank.DegreesOfFreedom);
            w.Number("p_value", logRank.PValue);
            w.WriteStartArray("observed");
            foreach (var v in logRank.Observed)
            {
                w.WriteNumberValue(v);
            }

            w.WriteEndArray();
            w.WriteStartArray("expected");
            foreach (var v in logRank.Expected)
            {
                w.WriteNumberValue(v);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    });

    private static void Print(List<(string? Name, SurvivalData Data, SurvivalCurve Curve, IReadOnlyList<CumulativeIncidenceRow>? Competing)> analysis, LogRankResult? logRank, double[]? times)
    {
        var console = Terminal.Out();
        string F(double v, string f) => double.IsFinite(v) ? v.ToString(f, CultureInfo.InvariantCulture) : "NA";
        foreach (var (name, _, curve, competing) in analysis)
        {
            console.MarkupLine(Markup.Escape($"{(name is null ? "All persons" : name)}: {curve.Persons} persons, {curve.Events} events, median {F(curve.Median, "G6")}"));
            var pct = (curve.Level * 100).ToString("0.#", CultureInfo.InvariantCulture);
            var table = new Table().AddColumns("time", "at risk", "events", "survival", $"lower {pct}%", $"upper {pct}%");
            foreach (var row in Rows(curve, times))
            {
                table.AddRow(F(row.Time, "G6"), row.AtRisk.ToString(CultureInfo.InvariantCulture), row.Events.ToString(CultureInfo.InvariantCulture), F(row.Survival, "F4"), F(row.Lower, "F4"), F(row.Upper, "F4"));
            }

            console.Write(table);
            if (competing is { Count: > 0 })
            {
                var last = competing[^1];
                console.MarkupLine(Markup.Escape($"Cumulative incidence by cause at {F(last.Time, "G6")}: " + string.Join(", ", last.Incidence.Select((v, i) => $"cause {i + 1}: {v:F4}"))));
            }
        }

        if (logRank is not null)
        {
            console.MarkupLine(Markup.Escape($"Log-rank: chi-square {logRank.ChiSquare:F2} on {logRank.DegreesOfFreedom} df, p = {logRank.PValue:G3}"));
        }
    }
}
