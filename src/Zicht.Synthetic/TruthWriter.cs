using System.Globalization;
using System.Text.Json;
using Zicht.Synthetic.Model;

namespace Zicht.Synthetic;

/// <summary>
/// Writes the ground truth beside the data, for tests and benchmarks: the true person behind every signal, the
/// lists that detected every person, the true population per year and stratum, and the hazards used.
/// </summary>
public sealed class TruthWriter : IAsyncDisposable
{
    private readonly string _directory;
    private readonly StreamWriter _signals;
    private readonly StreamWriter _captures;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly List<YearTruth> _years = [];

    public TruthWriter(string directory)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);
        _signals = new StreamWriter(Path.Combine(directory, "signals.csv"));
        _signals.WriteLine("signal_id,true_person_id");
        _captures = new StreamWriter(Path.Combine(directory, "persons.csv"));
        _captures.WriteLine("person_id,year," + string.Join(',', DetectionLists.All.Select(Column)));
    }

    public static string Column(DetectionList l) => l switch
    {
        DetectionList.Police => "police",
        DetectionList.CareCoordinator => "care_coordinator",
        DetectionList.LabourInspectorate => "labour_inspectorate",
        DetectionList.BorderPolice => "border_police",
        DetectionList.Immigration => "immigration",
        _ => "ngo",
    };

    public async Task WriteAsync(SyntheticChunk chunk)
    {
        foreach (var (signal, person) in chunk.SignalTruth)
        {
            await _signals.WriteLineAsync($"{signal:D},{person:D}");
        }

        foreach (var (person, pattern) in chunk.Captures)
        {
            await _captures.WriteLineAsync($"{person:D},{chunk.Year.ToString(CultureInfo.InvariantCulture)},{Bits(pattern)}");
        }
    }

    public void Add(YearTruth year) => _years.Add(year);

    public async ValueTask DisposeAsync()
    {
        await _signals.DisposeAsync();
        await _captures.DisposeAsync();

        await using (var population = new StreamWriter(Path.Combine(_directory, "population.csv")))
        {
            await population.WriteLineAsync("year,form_group,minor,true,registered,hidden");
            foreach (var y in _years)
            {
                foreach (var (key, trueCount) in y.True.OrderBy(k => k.Key.Group).ThenBy(k => k.Key.Minor))
                {
                    var registered = y.Registered.GetValueOrDefault(key);
                    await population.WriteLineAsync(FormattableString.Invariant($"{y.Year},{key.Group},{(key.Minor ? 1 : 0)},{trueCount},{registered},{trueCount - registered}"));
                }
            }
        }

        await using (var histories = new StreamWriter(Path.Combine(_directory, "capture-histories.csv")))
        {
            await histories.WriteLineAsync("year," + string.Join(',', DetectionLists.All.Select(Column)) + ",count");
            foreach (var y in _years)
            {
                foreach (var (pattern, count) in y.CapturePatterns.OrderBy(p => p.Key))
                {
                    await histories.WriteLineAsync($"{y.Year.ToString(CultureInfo.InvariantCulture)},{Bits(pattern)},{count.ToString(CultureInfo.InvariantCulture)}");
                }
            }
        }

        // What the registry itself can see: the same patterns without the hidden all-zero one, the input of 'zicht mse'.
        await using (var observed = new StreamWriter(Path.Combine(_directory, "observed-captures.csv")))
        {
            await observed.WriteLineAsync("year," + string.Join(',', DetectionLists.All.Select(Column)) + ",count");
            foreach (var y in _years)
            {
                foreach (var (pattern, count) in y.CapturePatterns.Where(p => p.Key != 0).OrderBy(p => p.Key))
                {
                    await observed.WriteLineAsync($"{y.Year.ToString(CultureInfo.InvariantCulture)},{Bits(pattern)},{count.ToString(CultureInfo.InvariantCulture)}");
                }
            }
        }

        var h = RevictimisationHazard.Default;
        var hazards = new
        {
            revictimisation = new
            {
                model = "cure model with Weibull time to the next victimisation: F(t) = p * (1 - exp(-(t/scale)^shape)), t in years",
                shape = h.Shape,
                scale_years = h.ScaleYears,
                at_risk_adults = h.AtRiskAdults,
                at_risk_minors = h.AtRiskMinors,
                cumulative_5y_adults = h.CumulativeIncidence(5, false),
                cumulative_5y_minors = h.CumulativeIncidence(5, true),
                cumulative_7y_adults = h.CumulativeIncidence(7, false),
                cumulative_7y_minors = h.CumulativeIncidence(7, true),
            },
            detection = Enum.GetValues<FormGroup>().ToDictionary(g => g.ToString(), g => new { adults = DetectionModel.RateOf(g, false), minors = DetectionModel.RateOf(g, true) }),
        };
        await File.WriteAllTextAsync(Path.Combine(_directory, "hazards.json"), JsonSerializer.Serialize(hazards, Indented));
    }

    private static string Bits(int pattern) =>
        string.Join(',', DetectionLists.All.Select(l => (pattern >> (int)l & 1).ToString(CultureInfo.InvariantCulture)));
}
