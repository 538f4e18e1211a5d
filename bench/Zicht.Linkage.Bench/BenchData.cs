using System.Security.Cryptography;
using Zicht.Data.Privacy;
using Zicht.Data.Reference;
using Zicht.Linkage.Tests.Fixtures;
using Zicht.Synthetic;

/// <summary>The records a benchmark links: columns, rows, extra records to link one at a time, truth, and which can be linked at all.</summary>
internal sealed record BenchData(string IdColumn, string TruthColumn, string[] Columns, List<string?[]> Rows, List<string?[]> Probes, bool[] Linkable, string[] Exclude)
{
    /// <summary>The messy-person generator of the tests: every record has a name.</summary>
    public static BenchData Messy(int records, int probes)
    {
        var people = MessyPeople.Generate(records + probes, seed: 42).Select(p => p.Row()).ToList();
        return new BenchData("id", "person_id", [.. PersonRecord.Columns], people.Take(records).ToList(), people.Skip(records).ToList(), [.. Enumerable.Repeat(true, records)], []);
    }

    /// <summary>
    /// Zicht's synthetic population: the signals as <c>zicht synthetic signals</c> writes them, with enough persons
    /// for <paramref name="records"/> signals (about 1.2 per person) and the next ones as probes. Identifiers are
    /// shortened to save memory; the organisation is left out, as it says nothing about whom a signal is about.
    /// </summary>
    public static BenchData Synthetic(int records, int probes, int seed)
    {
        var wanted = records + probes;
        var options = new SyntheticOptions { Seed = seed, Persons = (int)Math.Ceiling(wanted / 1.15) };
        var generator = new PopulationGenerator(options, MunicipalityList.Shipped(), new Pseudonymizer(RandomNumberGenerator.GetBytes(32)));
        var persons = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<string?[]>(wanted);
        foreach (var row in SignalRecordWriter.Rows(generator.Generate()))
        {
            row[0] = $"S{rows.Count:D7}";
            if (!persons.TryGetValue(row[1]!, out var person))
            {
                persons[row[1]!] = person = $"P{persons.Count:D7}";
            }

            row[1] = person;
            row[12] = null;
            rows.Add(row);
            if (rows.Count == wanted)
            {
                break;
            }
        }

        var take = Math.Min(records, rows.Count);
        return new BenchData(
            "signal_id",
            "true_person_id",
            SignalRecordWriter.Columns,
            rows.Take(take).ToList(),
            rows.Skip(take).ToList(),
            [.. rows.Take(take).Select(SignalRecordWriter.IsLinkable)],
            ["true_person_id", "organisation_id"]);
    }
}
