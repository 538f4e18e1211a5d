using System.Diagnostics;
using System.Globalization;
using Zicht.Statistics.Disclosure;
using Zicht.Statistics.Lcmcr;
using Zicht.Statistics.Mse;
using Zicht.Statistics.Survival;

// Measures the speed targets of issue 5 (§7). Run in Release:
//   dotnet run -c Release --project bench/Zicht.Statistics.Bench
// Each case runs once to warm up, then the median of several timed runs is printed with the target.
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Zicht.Statistics benchmark: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}"));

// UK 2013 strategic assessment, six lists (SparseMSE's UKdat), 2744 persons.
int[][] uk =
[
    [1, 0, 0, 0, 0, 0, 54], [0, 1, 0, 0, 0, 0, 463], [0, 0, 1, 0, 0, 0, 907], [0, 0, 0, 1, 0, 0, 695],
    [0, 0, 0, 0, 1, 0, 316], [0, 0, 0, 0, 0, 1, 57], [1, 1, 0, 0, 0, 0, 15], [1, 0, 1, 0, 0, 0, 19],
    [1, 0, 0, 1, 0, 0, 3], [0, 1, 1, 0, 0, 0, 56], [0, 1, 0, 1, 0, 0, 19], [0, 1, 0, 0, 1, 0, 1],
    [0, 1, 0, 0, 0, 1, 3], [0, 0, 1, 1, 0, 0, 69], [0, 0, 1, 0, 1, 0, 10], [0, 0, 1, 0, 0, 1, 31],
    [0, 0, 0, 1, 1, 0, 8], [0, 0, 0, 1, 0, 1, 6], [0, 0, 0, 0, 1, 1, 1], [1, 1, 1, 0, 0, 0, 1],
    [1, 1, 0, 1, 0, 0, 1], [0, 1, 1, 1, 0, 0, 4], [0, 1, 1, 0, 0, 1, 3], [0, 0, 1, 1, 0, 1, 1],
    [1, 1, 1, 1, 0, 0, 1],
];
var counts = new double[64];
foreach (var row in uk)
{
    var mask = 0;
    for (var j = 0; j < 6; j++)
    {
        mask |= row[j] << j;
    }

    counts[mask] += row[6];
}

var table = new CaptureTable(["LA", "NG", "PF", "GO", "GP", "NCA"], counts);

Measure("Stepwise selection + profile interval, 6 lists", "100 ms", 10, () =>
{
    var fit = StepwiseSelection.Select(table);
    var (ci, _) = ProfileLikelihoodInterval.Compute(fit);
    return string.Create(CultureInfo.InvariantCulture, $"total {fit.Total:F0} ({ci.Lower:F0}–{ci.Upper:F0}), {fit.Terms.Count} terms");
});

var stepwise = StepwiseSelection.Select(table);
Measure("1,000 nonparametric bootstrap replicates (stepwise repeated), 6 lists", "5 s", 3, () =>
{
    var boot = BootstrapInterval.Compute(stepwise, SelectionMethod.Stepwise, BootstrapKind.Nonparametric, 1000, 1234);
    return string.Create(CultureInfo.InvariantCulture, $"interval {boot.Interval.Lower:F0}–{boot.Interval.Upper:F0}, {boot.Failed} failed");
});

Measure("1,000 parametric bootstrap replicates (stepwise repeated), 6 lists", "5 s", 3, () =>
{
    var boot = BootstrapInterval.Compute(stepwise, SelectionMethod.Stepwise, BootstrapKind.Parametric, 1000, 1234);
    return string.Create(CultureInfo.InvariantCulture, $"interval {boot.Interval.Lower:F0}–{boot.Interval.Upper:F0}, {boot.Failed} failed");
});

Measure("LCMCR 10,000 iterations (no burn-in, thinning 10), 6 lists", "10 s", 3, () =>
{
    var r = LcmcrSampler.Run(table, new LcmcrOptions { Iterations = 10_000, BurnIn = 0, Thinning = 10, Seed = 1 });
    return string.Create(CultureInfo.InvariantCulture, $"median {r.Median:F0} ({r.Interval.Lower:F0}–{r.Interval.Upper:F0})");
});

Measure("LCMCR 10,000 burn-in + 10,000 iterations, 6 lists", "10 s", 3, () =>
{
    var r = LcmcrSampler.Run(table, new LcmcrOptions { Iterations = 10_000, BurnIn = 10_000, Thinning = 10, Seed = 1 });
    return string.Create(CultureInfo.InvariantCulture, $"median {r.Median:F0} ({r.Interval.Lower:F0}–{r.Interval.Upper:F0})");
});

var rng = new Random(42);
const int persons = 1_000_000;
var exit = new double[persons];
var status = new int[persons];
var entry = new double[persons];
for (var i = 0; i < persons; i++)
{
    // Days to repeat victimisation, exponential with mean 700, censored at a uniform follow-up of up to 3 years.
    var t = Math.Ceiling(-700 * Math.Log(1 - rng.NextDouble()));
    var follow = Math.Ceiling(rng.NextDouble() * 1095) + 1;
    exit[i] = Math.Min(t, follow);
    status[i] = t <= follow ? 1 : 0;
    entry[i] = Math.Floor(rng.NextDouble() * Math.Min(30, exit[i]));
    if (!(entry[i] < exit[i]))
    {
        entry[i] = 0;
    }
}

var plain = new SurvivalData(exit, status);
var delayed = new SurvivalData(exit, status, entry);
Measure("Kaplan–Meier, 1,000,000 persons", "1 s", 5, () =>
{
    var curve = KaplanMeier.Fit(plain);
    return string.Create(CultureInfo.InvariantCulture, $"{curve.Rows.Count} distinct times, S(365) = {curve.At(365).Survival:F4}");
});
Measure("Kaplan–Meier with delayed entry, 1,000,000 persons", "1 s", 5, () =>
{
    var curve = KaplanMeier.Fit(delayed);
    return string.Create(CultureInfo.InvariantCulture, $"{curve.Rows.Count} distinct times, S(365) = {curve.At(365).Survival:F4}");
});

// 500 municipalities × 50 categories; counts mostly large with a realistic sprinkling of small ones (about 3%).
var cells = new double[500 * 50];
for (var i = 0; i < cells.Length; i++)
{
    cells[i] = rng.NextDouble() < 0.03 ? rng.Next(1, 10) : rng.Next(10, 400);
}

var sdcTable = new CountTable(
    ["municipality", "category"],
    [Enumerable.Range(0, 500).Select(i => $"m{i:D3}").ToArray(), Enumerable.Range(0, 50).Select(i => $"c{i:D2}").ToArray()],
    cells);
Measure("Suppression + exact audit, 500 × 50 table with margins", "5 s", 3, () =>
{
    var result = TableProtector.Protect(sdcTable);
    return string.Create(CultureInfo.InvariantCulture, $"{result.PrimaryCount} primary, {result.SecondaryCount} secondary, audit {(result.AuditPassed ? "passed" : "FAILED")}");
});

static void Measure(string name, string target, int runs, Func<string> action)
{
    var detail = action();
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var clock = Stopwatch.StartNew();
        detail = action();
        times.Add(clock.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    var median = times[times.Count / 2];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: median {median:F1} ms over {runs} runs (target < {target}); {detail}"));
}
