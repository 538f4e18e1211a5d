using System.Diagnostics;
using System.Globalization;
using Zicht.Linkage.Clustering;
using Zicht.Linkage.Data;
using Zicht.Linkage.Evaluation;
using Zicht.Linkage.Incremental;
using Zicht.Linkage.Privacy;
using Zicht.Linkage.Scoring;
using Zicht.Linkage.Settings;
using Zicht.Linkage.Tests.Fixtures;
using Zicht.Synthetic;

// Usage: Zicht.Linkage.Bench [records=100000] [clear|privacy|both] [link-probes=200]
//          the messy-person generator of the tests (tests/Zicht.Linkage.Tests/Fixtures/MessyPeople.cs)
//        Zicht.Linkage.Bench synthetic [records=100000] [clear|privacy|both] [link-probes=200] [seed]
//          Zicht's synthetic population (the signals of `zicht synthetic signals`, with their true persons)
//        Zicht.Linkage.Bench RECORDS csv FILE   writes the generated messy records (with person_id) to FILE
// Run one size per process so the peak memory figure is that size's own.
var synthetic = args.Length > 0 && args[0] == "synthetic";
if (synthetic)
{
    args = args[1..];
}

var records = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var mode = args.Length > 1 ? args[1] : "clear";
if (mode == "csv")
{
    static string Field(string? v) => v is null ? string.Empty : v.Contains(',', StringComparison.Ordinal) || v.Contains('"', StringComparison.Ordinal) ? $"\"{v.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : v;
    File.WriteAllLines(args[2], [string.Join(',', PersonRecord.Columns), .. MessyPeople.Generate(records, seed: 42).Select(p => string.Join(',', p.Row().Select(Field)))]);
    Console.WriteLine($"{records:N0} records written to {args[2]}");
    return;
}

var probes = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
var seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : SyntheticOptions.DefaultSeed;
Console.WriteLine($"Zicht.Linkage.Bench: {records:N0} records ({(synthetic ? $"Zicht's synthetic signals, seed {seed}" : "messy people")}), mode {mode}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

var clock = Stopwatch.StartNew();
var data = synthetic ? BenchData.Synthetic(records, probes, seed) : BenchData.Messy(records, probes);
Console.WriteLine($"generated {data.Rows.Count:N0} records in {clock.Elapsed.TotalSeconds:F1} s (not counted); {data.Linkable.Count(x => !x):N0} without any identifying value (not linkable)");

var sample = data.Rows.Take(5000).Select(r => (IReadOnlyList<string?>)r).ToList();
var guessed = SettingsGuesser.Guess(data.Columns, sample, data.IdColumn, data.Exclude).Settings;
if (Environment.GetEnvironmentVariable("BENCH_THRESHOLD") is { } threshold)
{
    guessed = guessed with { Threshold = double.Parse(threshold, CultureInfo.InvariantCulture) };
}

// Ablations: BENCH_NO_MARRIED=1 drops the married-name level, BENCH_DROP_RULES=8,9 drops blocking rules (1-based).
if (Environment.GetEnvironmentVariable("BENCH_NO_MARRIED") == "1")
{
    guessed = guessed with { Comparisons = [.. guessed.Comparisons.Select(c => c with { MarriedName = null })] };
}

if (Environment.GetEnvironmentVariable("BENCH_DROP_RULES") is { } drop)
{
    var dropped = drop.Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture) - 1).ToHashSet();
    guessed = guessed with { Blocking = [.. guessed.Blocking.Where((_, i) => !dropped.Contains(i))] };
}

// BENCH_SETTINGS=S.json links the clear rows with saved (edited) settings instead of guessed ones.
if (Environment.GetEnvironmentVariable("BENCH_SETTINGS") is { } savedSettings)
{
    guessed = LinkageJson.ReadSettings(File.ReadAllText(savedSettings));
}

if (Environment.GetEnvironmentVariable("BENCH_SHOW_SETTINGS") == "1")
{
    Console.WriteLine(LinkageJson.Write(guessed));
}

if (mode is "clear" or "both")
{
    Run("clear", guessed, data, data.Columns, [.. data.Rows.Select(r => (IReadOnlyList<string?>)r)], [.. data.Probes.Select(r => (IReadOnlyList<string?>)r)]);
}

if (mode is "privacy" or "both")
{
    var secret = System.Text.Encoding.UTF8.GetBytes("bench secret shared by the parties, 32+ bytes long");
    clock.Restart();
    var encoder = new BloomEncoder(secret, guessed, data.Columns, new BloomEncodingOptions { Keep = [data.IdColumn, data.TruthColumn] });
    var encoded = data.Rows.Select(p => (IReadOnlyList<string?>)encoder.Encode(p)).ToList();
    var encodedProbes = data.Probes.Select(p => (IReadOnlyList<string?>)encoder.Encode(p)).ToList();
    Console.WriteLine($"encoded {encoded.Count:N0} records in {clock.Elapsed.TotalSeconds:F1} s ({encoded.Count / clock.Elapsed.TotalSeconds:N0} records/s)");
    var encodedSettings = SettingsGuesser.Guess(encoder.Columns, encoded.Take(5000).ToList(), data.IdColumn).Settings with { Threshold = guessed.Threshold };
    if (Environment.GetEnvironmentVariable("BENCH_SHOW_SETTINGS") == "1")
    {
        Console.WriteLine(LinkageJson.Write(encodedSettings));
    }

    if (Environment.GetEnvironmentVariable("BENCH_SHOW_ERRORS") != "1")
    {
        // The linking party holds only the encodings: the clear rows do not count towards its memory.
        data.Rows.Clear();
        data.Rows.TrimExcess();
        data.Probes.Clear();
    }

    Run("privacy", encodedSettings, data, encoder.Columns, encoded, encodedProbes);
}

static void Run(string label, LinkageSettings settings, BenchData source, IReadOnlyList<string> columns, List<IReadOnlyList<string?>> rows, List<IReadOnlyList<string?>> probes)
{
    var idColumn = columns.ToList().IndexOf(source.IdColumn);
    var truthColumn = columns.ToList().IndexOf(source.TruthColumn);
    GC.Collect();
    var total = Stopwatch.StartNew();
    var data = LinkageDataset.Create(settings, columns);
    data.AddRange(rows.Select(r => r[idColumn]!).ToList(), rows);
    var prepare = total.Elapsed;
    var result = LinkageEngine.Run(data);
    var clustering = Clusterer.Cluster(data.Count, result.Pairs, settings.Threshold, settings.MinClusterDensity);
    var elapsed = total.Elapsed;
    var peak = Process.GetCurrentProcess().PeakWorkingSet64;

    var truth = rows.Select(r => r[truthColumn]!).ToList();

    // Every pair of linkable records of one true person, the lower record first.
    IEnumerable<(int A, int B)> TruePairs()
    {
        foreach (var g in Enumerable.Range(0, rows.Count).Where(i => source.Linkable[i]).GroupBy(i => truth[i]).Where(g => g.Count() > 1))
        {
            var m = g.ToList();
            for (var i = 0; i < m.Count; i++)
            {
                for (var j = i + 1; j < m.Count; j++)
                {
                    yield return (Math.Min(m[i], m[j]), Math.Max(m[i], m[j]));
                }
            }
        }
    }
    var pairs = LinkageEvaluator.Pairs(result.Pairs.Select(p => (p.Left, p.Right)), truth);
    var clusters = LinkageEvaluator.Clusters(clustering.ClusterOf, truth);
    var pairsPerSecond = result.CandidatePairs / result.ScoringTime.TotalSeconds;
    Console.WriteLine($"[{label}] records            {data.Count:N0}");
    Console.WriteLine($"[{label}] candidate pairs    {result.CandidatePairs:N0} ({string.Join(" + ", result.CandidatesPerRule.Select(c => c.ToString("N0", CultureInfo.InvariantCulture)))}; oversized blocks {string.Join("/", result.OversizedBlocks)})");
    Console.WriteLine($"[{label}] time               {elapsed.TotalSeconds:F1} s (prepare {prepare.TotalSeconds:F1}, blocking {result.BlockingTime.TotalSeconds:F1}, training {result.TrainingTime.TotalSeconds:F1}, scoring {result.ScoringTime.TotalSeconds:F1}, clustering {(elapsed - prepare - result.BlockingTime - result.TrainingTime - result.ScoringTime).TotalSeconds:F1})");
    Console.WriteLine($"[{label}] pairs per second   {pairsPerSecond:N0} (scoring pass)");
    Console.WriteLine($"[{label}] peak memory        {peak / (1024.0 * 1024 * 1024):F2} GiB (process peak working set)");
    Console.WriteLine($"[{label}] lambda             {result.Model.Lambda:E3}; links {result.Pairs.Count:N0}; clusters {clustering.ClusterCount:N0} (true {clusters.TrueClusters:N0}); split components {clustering.SplitComponents}");
    Console.WriteLine($"[{label}] pairwise (links)   precision {pairs.Precision:F4} recall {pairs.Recall:F4} F1 {pairs.F1:F4} (tp {pairs.TruePositives:N0} fp {pairs.FalsePositives:N0} fn {pairs.FalseNegatives:N0})");
    var linkable = LinkageEvaluator.PairsOfLinkable(result.Pairs.Select(p => (p.Left, p.Right)), truth, source.Linkable);
    if (linkable.UnlinkableRecords > 0)
    {
        var l = linkable.Linkable;
        Console.WriteLine($"[{label}] linkable records   {linkable.LinkableRecords:N0}: links precision {l.Precision:F4} recall {l.Recall:F4} F1 {l.F1:F4} (tp {l.TruePositives:N0} fp {l.FalsePositives:N0} fn {l.FalseNegatives:N0})");
        Console.WriteLine($"[{label}] not linkable       {linkable.UnlinkableRecords:N0} records without name, date of birth or document; {linkable.TruePairsWithUnlinkable:N0} true pairs involve one; {linkable.PredictedWithUnlinkable:N0} links involve one ({linkable.PredictedWithUnlinkableRight:N0} right)");
    }

    Console.WriteLine($"[{label}] pairwise (clusters) precision {clusters.Pairwise.Precision:F4} recall {clusters.Pairwise.Recall:F4} F1 {clusters.Pairwise.F1:F4}; B-cubed P {clusters.BCubedPrecision:F4} R {clusters.BCubedRecall:F4}; exact clusters {clusters.ExactClusterShare:P2}");
    if (linkable.UnlinkableRecords > 0)
    {
        // The persons the clusters make, over linkable records: every pair of records in one cluster counts as a link.
        var keep = Enumerable.Range(0, data.Count).Where(i => source.Linkable[i]).ToList();
        var c = LinkageEvaluator.Clusters([.. keep.Select(i => clustering.ClusterOf[i])], [.. keep.Select(i => truth[i])]).Pairwise;
        Console.WriteLine($"[{label}] clusters (linkable) precision {c.Precision:F4} recall {c.Recall:F4} F1 {c.F1:F4} (tp {c.TruePositives:N0} fp {c.FalsePositives:N0} fn {c.FalseNegatives:N0})");
    }
    if (Environment.GetEnvironmentVariable("BENCH_SHOW_MODEL") == "1")
    {
        foreach (var c in result.Model.Comparisons)
        {
            Console.WriteLine($"[{label}] {c.Name}: " + string.Join("; ", c.Levels.Select((l, k) => $"{l} m={c.M[k]:F4} u={c.U[k]:F5} w={c.Weight(k + 1):F1}")));
        }

        foreach (var r in result.Report.Rules)
        {
            Console.WriteLine($"[{label}] rule {r.Rule}: {r.Pairs:N0} pairs, λ={r.MatchShare:F3}, {r.Iterations} it, estimates {string.Join(",", r.Estimated)}");
        }

        // What the truth says: level shares over every true pair of linkable records and over random pairs, missing
        // values left out. (The model's u may rightly be higher: it is u among candidate pairs that share a key.)
        var trueLevels = new Dictionary<(string, int), int>();
        foreach (var (a, b) in TruePairs())
        {
            foreach (var c in result.Scorer.Explain(a, b).Comparisons)
            {
                trueLevels[(c.Comparison, c.Level)] = trueLevels.GetValueOrDefault((c.Comparison, c.Level)) + 1;
            }
        }

        var randomLevels = new Dictionary<(string, int), int>();
        var random = new Random(7);
        for (var k = 0; k < 200_000; k++)
        {
            foreach (var c in result.Scorer.Explain(random.Next(rows.Count), random.Next(rows.Count)).Comparisons)
            {
                randomLevels[(c.Comparison, c.Level)] = randomLevels.GetValueOrDefault((c.Comparison, c.Level)) + 1;
            }
        }

        foreach (var c in result.Model.Comparisons)
        {
            double Share(Dictionary<(string, int), int> counts, int level) =>
                counts.GetValueOrDefault((c.Name, level)) / (double)Math.Max(1, Enumerable.Range(1, c.Levels.Count).Sum(k => counts.GetValueOrDefault((c.Name, k))));
            Console.WriteLine($"[{label}] {c.Name} (truth): " + string.Join("; ", c.Levels.Select((l, k) =>
                $"{l} m={Share(trueLevels, k + 1):F4} u={Share(randomLevels, k + 1):F5} w={Math.Log2(Share(trueLevels, k + 1) / Share(randomLevels, k + 1)):F1}")));
        }
    }

    foreach (var t in new[] { 0.5, 0.8, 0.9, 0.95, 0.99 }.Where(t => t >= settings.Threshold))
    {
        var atT = LinkageEvaluator.PairsOfLinkable(result.Pairs.Where(p => p.Probability >= t).Select(p => (p.Left, p.Right)), truth, source.Linkable).Linkable;
        var clusterT = LinkageEvaluator.Clusters(Clusterer.Cluster(data.Count, result.Pairs, t, settings.MinClusterDensity).ClusterOf, truth);
        Console.WriteLine($"[{label}] threshold {t:F2}     links (linkable) P {atT.Precision:F4} R {atT.Recall:F4}; clusters P {clusterT.Pairwise.Precision:F4} R {clusterT.Pairwise.Recall:F4}");
    }

    foreach (var w in result.Report.Warnings)
    {
        Console.WriteLine($"[{label}] warning: {w}");
    }

    // The registry reads its persons before it estimates and builds (RegistryLinker.BuildAsync): after a run of a minute
    // at a million records, the collections in between have moved them, and the signals, to the old generation.
    var settled = Environment.GetEnvironmentVariable("BENCH_NO_SETTLE") != "1";
    List<string> clusterIds = [.. clustering.ClusterOf.Select(c => $"P{c}")];
    if (!settled)
    {
        // So here too, before the build, rather than leave young what the evaluation just made (each collection moves
        // what survives one generation up: two take it to the old one).
        GC.Collect();
        GC.Collect();
    }

    var indexClock = Stopwatch.StartNew();
    var index = LinkageIndex.Create(result.Model, data, clusterIds);
    var indexBuild = indexClock.Elapsed;

    // As the web app does when it starts (LinkageWarmUp), so the first links do not pay for moving the index; after a
    // re-estimation the registry does not settle, and BENCH_NO_SETTLE=1 measures that case.
    indexClock.Restart();
    if (settled)
    {
        LinkageIndex.Settle();
    }

    var settle = indexClock.Elapsed;

    var latencies = new List<double>();
    var n = 0;
    var fullCollections = GC.CollectionCount(2);
    var collectedDuring = new List<int>();
    foreach (var probe in probes)
    {
        var collections = GC.CollectionCount(0);
        var one = Stopwatch.StartNew();
        index.Link($"probe-{n++}", probe);
        latencies.Add(one.Elapsed.TotalMilliseconds);
        collectedDuring.Add(GC.CollectionCount(0) - collections);
        if (collectedDuring[^1] > 0 && Environment.GetEnvironmentVariable("BENCH_SHOW_COLLECTIONS") == "1")
        {
            // Which collection it was, and how long it stopped the process (a background one runs beside).
            var info = GC.GetGCMemoryInfo(GCKind.Any);
            Console.WriteLine($"[{label}] probe {n} took {latencies[^1]:F1} ms: collection #{info.Index}, generation {info.Generation}, {(info.Concurrent ? "background" : "blocking")}, pause {string.Join("+", info.PauseDurations.ToArray().Where(d => d > TimeSpan.Zero).Select(d => d.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture)))} ms, promoted {info.PromotedBytes / 1e6:F0} MB");
        }
    }

    fullCollections = GC.CollectionCount(2) - fullCollections;
    var slowest = latencies.Count > 0 ? latencies.IndexOf(latencies.Max()) : -1;
    var slowestCollected = slowest >= 0 && collectedDuring[slowest] > 0;
    var withCollection = collectedDuring.Count(c => c > 0);
    var maxWithout = latencies.Where((_, i) => collectedDuring[i] == 0).DefaultIfEmpty(0).Max();
    if (Environment.GetEnvironmentVariable("BENCH_SHOW_COLLECTIONS") == "1")
    {
        Console.WriteLine($"[{label}] probes that met a collection: {string.Join(", ", latencies.Where((_, i) => collectedDuring[i] > 0).Select(l => l.ToString("F1", CultureInfo.InvariantCulture)))} ms");
    }
    latencies.Sort();
    if (latencies.Count > 0)
    {
        Console.WriteLine($"[{label}] link one record    p50 {latencies[latencies.Count / 2]:F2} ms, p95 {latencies[(int)(latencies.Count * 0.95)]:F2} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:F2} ms, max {latencies[^1]:F2} ms over {latencies.Count:N0} probes against {rows.Count:N0} records (index built in {indexBuild.TotalSeconds:F1} s, {(settled ? $"young generations collected after it in {settle.TotalMilliseconds:F0} ms" : "not settled")}; slowest probe #{slowest + 1}{(slowestCollected ? ", during a garbage collection" : "")}; {withCollection} probes met a garbage collection ({fullCollections} full); the others at most {maxWithout:F2} ms)");
    }

    if (Environment.GetEnvironmentVariable("BENCH_SHOW_ERRORS") == "1" && columns.Contains("first_name") && columns.Contains("postcode"))
    {
        // What kind of pairs the false links are.
        string Core(string? s) => Zicht.Linkage.Normalisation.NameNormaliser.Normalise(s).Core;
        var kinds = result.Pairs.Where(p => truth[p.Left] != truth[p.Right]).GroupBy(p =>
        {
            var a = rows[p.Left];
            var b = rows[p.Right];
            var sameNames = Core(a[1]) == Core(b[1]) && Core(a[2]) == Core(b[2]);
            var family = Core(a[2]) == Core(b[2]) && a[4] is not null && Zicht.Linkage.Normalisation.FieldNormaliser.Normalise(a[4], ComparisonType.Postcode) == Zicht.Linkage.Normalisation.FieldNormaliser.Normalise(b[4], ComparisonType.Postcode);
            var dobMissing = a[3] is null || b[3] is null;
            return sameNames ? (dobMissing ? "same names, a birth date missing" : "same names, birth dates differ") : family ? "same surname and postcode (family)" : "other";
        });
        foreach (var k in kinds.OrderByDescending(k => k.Count()))
        {
            Console.WriteLine($"[{label}] false links: {k.Count():N0} {k.Key}");
        }
    }

    if (Environment.GetEnvironmentVariable("BENCH_ERROR_SUMMARY") == "1")
    {
        // Missed and false links grouped by how each comparison came out, commonest first: where recall and precision go.
        static string Signature(PairExplanation e) =>
            string.Join(", ", e.Comparisons.Where(c => c.Weight != 0).Select(c => $"{c.Comparison}={c.LevelLabel}"));

        var truePairs = TruePairs().ToList();

        var found = result.Pairs.Where(p => p.Probability >= settings.Threshold).Select(p => (Math.Min(p.Left, p.Right), Math.Max(p.Left, p.Right))).ToHashSet();
        var missed = new Dictionary<string, int>();
        var causes = new Dictionary<string, int>();
        // A pair that shares a key only in a block over the rule's maximum is never compared either. (Blocks of the
        // records the run had: the probes linked since are in the dataset too.)
        var blockSizes = data.Keys.Select(keys =>
        {
            var sizes = new Dictionary<ulong, int>();
            for (var i = 0; i < rows.Count; i++)
            {
                sizes[keys[i]] = sizes.GetValueOrDefault(keys[i]) + 1;
            }

            return sizes;
        }).ToArray();
        foreach (var (a, b) in truePairs.Where(p => !found.Contains(p)))
        {
            var blocked = Enumerable.Range(0, data.Keys.Length).Any(r => data.Keys[r][a] != 0 && data.Keys[r][a] == data.Keys[r][b]
                && blockSizes[r][data.Keys[r][a]] <= settings.Blocking[r].MaxBlockSizeIn(settings));
            var explained = result.Scorer.Explain(a, b);
            var key = (blocked ? "" : "[never compared] ") + Signature(explained);
            missed[key] = missed.GetValueOrDefault(key) + 1;
            // Every compared pair at or above the threshold is a link, so a compared pair is missed by its score alone.
            var cause = blocked ? "compared, below the threshold" : explained.Probability >= settings.Threshold ? "never compared (would link)" : "never compared (would not link)";
            causes[cause] = causes.GetValueOrDefault(cause) + 1;
        }

        Console.WriteLine($"[{label}] missed links by cause: {string.Join(", ", causes.OrderByDescending(x => x.Value).Select(x => $"{x.Key} {x.Value:N0}"))}");
        // The persons the clustering makes: true pairs it joins without a link of their own, and linked ones it splits.
        var joined = truePairs.Count(p => !found.Contains(p) && clustering.ClusterOf[p.A] == clustering.ClusterOf[p.B]);
        var split = truePairs.Count(p => found.Contains(p) && clustering.ClusterOf[p.A] != clustering.ClusterOf[p.B]);
        Console.WriteLine($"[{label}] clustering: {joined:N0} missed links joined all the same through other signals of the person; {split:N0} true links split apart");

        Console.WriteLine($"[{label}] missed links by outcome ({missed.Values.Sum():N0}):");
        foreach (var (k, c) in missed.OrderByDescending(x => x.Value).Take(30))
        {
            Console.WriteLine($"  {c,6:N0}  {k}");
        }

        var falseLinks = result.Pairs.Where(p => p.Probability >= settings.Threshold && truth[p.Left] != truth[p.Right])
            .GroupBy(p => Signature(result.Scorer.Explain(p.Left, p.Right))).OrderByDescending(g => g.Count()).ToList();
        Console.WriteLine($"[{label}] false links by outcome ({falseLinks.Sum(g => g.Count()):N0}):");
        foreach (var g in falseLinks.Take(20))
        {
            Console.WriteLine($"  {g.Count(),6:N0}  {g.Key}");
        }
    }

    if (Environment.GetEnvironmentVariable("BENCH_ORACLE") == "1")
    {
        // How far any decision on the comparisons' outcomes could go, judged by the truth itself: compared pairs grouped
        // by their levels (exact agreement weighed by frequency to the nearest two bits), and each pair judged by the
        // share of true matches in its group among the other half of the pairs (a group the other half lacks: by the
        // model's probability). A supervised classifier on the same comparisons. Recall counts every true pair, so what
        // blocking never compares is lost to it too; the ceiling that sets is printed.
        var compared = new HashSet<long>();
        for (var r = 0; r < data.Keys.Length; r++)
        {
            var keys = data.Keys[r];
            foreach (var block in Enumerable.Range(0, rows.Count).Where(i => keys[i] != 0).GroupBy(i => keys[i]))
            {
                var members = block.ToList();
                if (members.Count > settings.Blocking[r].MaxBlockSizeIn(settings))
                {
                    continue;
                }

                for (var i = 0; i < members.Count; i++)
                {
                    for (var j = i + 1; j < members.Count; j++)
                    {
                        compared.Add(((long)Math.Min(members[i], members[j]) << 32) | (uint)Math.Max(members[i], members[j]));
                    }
                }
            }
        }

        static ulong Fnv1a(string s)
        {
            var h = 14695981039346656037UL;
            foreach (var ch in s)
            {
                h = (h ^ ch) * 1099511628211UL;
            }

            return h;
        }

        var halves = new[] { new Dictionary<string, (int Match, int Non)>(), new Dictionary<string, (int Match, int Non)>() };
        var outcomes = new List<(string Key, int Half, bool Match, double Probability)>();
        foreach (var pair in compared)
        {
            int a = (int)(pair >> 32), b = (int)(pair & 0xFFFFFFFF);
            if (!source.Linkable[a] || !source.Linkable[b])
            {
                continue;
            }

            var e = result.Scorer.Explain(a, b);
            var key = string.Join(",", e.Comparisons.Select(c => c.TermFrequencyAdjusted ? $"{c.Level}:{Math.Round(c.Weight / 2)}" : $"{c.Level}"));
            // By the pair of true persons, so the pairs of one person (or of two namesakes) fall in one half and one
            // cannot teach the other what its group holds.
            var persons = string.CompareOrdinal(truth[a], truth[b]) < 0 ? (truth[a], truth[b]) : (truth[b], truth[a]);
            var half = (int)(Fnv1a($"{persons.Item1}|{persons.Item2}") >> 63);
            var match = truth[a] == truth[b];
            var g = halves[half].GetValueOrDefault(key);
            halves[half][key] = match ? (g.Match + 1, g.Non) : (g.Match, g.Non + 1);
            outcomes.Add((key, half, match, e.Probability));
        }

        // The highest recall at a precision or more, over every cut of a ranking.
        var truePairs = TruePairs().Count();
        var comparedTrue = outcomes.Count(o => o.Match);
        (double Recall, double Cut) RecallAtPrecision(IEnumerable<(double Score, bool Match)> ranked, double precision)
        {
            int tp = 0, fp = 0;
            var best = (Recall: 0.0, Cut: 1.0);
            var sorted = ranked.OrderByDescending(x => x.Score).ToList();
            for (var i = 0; i < sorted.Count; i++)
            {
                tp += sorted[i].Match ? 1 : 0;
                fp += sorted[i].Match ? 0 : 1;
                // Cut only between different scores: inside a tie the order is the enumeration's, not the ranking's.
                if ((i == sorted.Count - 1 || sorted[i + 1].Score != sorted[i].Score) && (double)tp / (tp + fp) >= precision && (double)tp / truePairs > best.Recall)
                {
                    best = ((double)tp / truePairs, sorted[i].Score);
                }
            }

            return best;
        }

        var classifier = outcomes.Select(o =>
        {
            var other = halves[1 - o.Half].GetValueOrDefault(o.Key);
            return (other.Match + other.Non == 0 ? o.Probability : (other.Match + o.Probability) / (other.Match + other.Non + 1.0), o.Match);
        }).ToList();
        var model = outcomes.Select(o => (o.Probability, o.Match)).ToList();
        // Calibration: of the compared pairs the model gives a probability in each band, the share that truly match.
        double[] bands = [0, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 1.0001];
        Console.WriteLine($"[{label}] calibration (band: pairs, true share): " + string.Join("; ", Enumerable.Range(0, bands.Length - 1).Select(i =>
        {
            var inBand = model.Where(m => m.Item1 >= bands[i] && m.Item1 < bands[i + 1]).ToList();
            return $"{bands[i]:0.##}–{Math.Min(1, bands[i + 1]):0.##}: {inBand.Count:N0}, {(inBand.Count == 0 ? 0 : inBand.Count(m => m.Item2) / (double)inBand.Count):F3}";
        })));
        foreach (var precision in new[] { 0.99, 0.98 })
        {
            var (recall, cut) = RecallAtPrecision(model, precision);
            Console.WriteLine($"[{label}] recall at precision {precision:F2}: the model {recall:F4} (threshold {cut:F3}, chosen in hindsight), a classifier on the truth {RecallAtPrecision(classifier, precision).Recall:F4}");
        }

        // Recall above counts every true pair, so it includes what blocking never compares: at most this much.
        Console.WriteLine($"[{label}] {outcomes.Count:N0} compared pairs of linkable signals ({compared.Count:N0} in all; the engine {result.CandidatePairs:N0}); {comparedTrue:N0} of {truePairs:N0} true pairs compared: recall can reach {(double)comparedTrue / truePairs:F4}");
    }

    if (Environment.GetEnvironmentVariable("BENCH_SHOW_ERRORS") == "1")
    {
        var shown = 0;
        foreach (var p in result.Pairs.Where(p => truth[p.Left] != truth[p.Right]).Where((_, i) => i % 97 == 0).Take(30))
        {
            var e = result.Scorer.Explain(p.Left, p.Right);
            Console.WriteLine($"FP {p.Probability:F3}: {string.Join(" | ", rows[p.Left])}  <>  {string.Join(" | ", rows[p.Right])} :: {string.Join(", ", e.Comparisons.Select(c => $"{c.Comparison}={c.LevelLabel}:{c.Weight:F1}"))}");
            shown++;
        }

        var found = result.Pairs.Select(p => (Math.Min(p.Left, p.Right), Math.Max(p.Left, p.Right))).ToHashSet();
        foreach (var (a, b) in TruePairs().Where(p => !found.Contains(p)).Take(200))
        {
            var e = result.Scorer.Explain(a, b);
            // Which blocking rules' keys agree (a pair no rule's keys agree on was never compared).
            var agree = string.Join(",", Enumerable.Range(0, data.Keys.Length).Where(r => data.Keys[r][a] != 0 && data.Keys[r][a] == data.Keys[r][b]).Select(r => r + 1));
            Console.Write($"[rules {(agree.Length == 0 ? "none" : agree)}] ");
            Console.WriteLine($"FN {e.Probability:F3}: {string.Join(" | ", source.Rows[a].Take(12))}  <>  {string.Join(" | ", source.Rows[b].Take(12))} :: {string.Join(", ", e.Comparisons.Select(c => $"{c.Comparison}={c.LevelLabel}:{c.Weight:F1}"))}");
        }
    }
}
