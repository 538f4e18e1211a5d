using System.CommandLine;
using System.Security.Cryptography;
using Zicht.Data.Privacy;
using Zicht.Data.Reference;
using Zicht.Synthetic;

namespace Zicht.Cli.Commands.Registry;

/// <summary><c>zicht synthetic signals</c>: synthetic signals with their truth as CSV, without any database.</summary>
public static class SyntheticCommand
{
    public static Command Create()
    {
        var persons = new Option<int?>("--persons") { Description = "Registered persons over all years (default: the published yearly numbers)." };
        var years = new Option<string>("--years") { Description = "Years as FROM-TO.", DefaultValueFactory = _ => "2016-2025" };
        var seed = new Option<int>("--seed") { Description = "Seed of the random generator.", DefaultValueFactory = _ => SyntheticOptions.DefaultSeed };
        var output = new Option<FileInfo>("--output") { Description = "The CSV file to write.", Required = true };
        var signals = new Command("signals", "Write synthetic signals (names, dates of birth, … as the organisations recorded them) with the true person behind each, for linkage tests.")
        {
            persons, years, seed, output,
        };
        signals.SetAction(p =>
        {
            var (from, to) = SeedCommand.ParseYears(p.GetValue(years)!);
            var options = new SyntheticOptions { Seed = p.GetValue(seed), FromYear = from, ToYear = to, Persons = p.GetValue(persons) };
            try
            {
                options.Validate();
            }
            catch (ArgumentException e)
            {
                throw new BadInputException(e.Message, e);
            }

            var file = p.GetValue(output)!;
            if (file.Directory is { Exists: false })
            {
                throw new BadInputException($"--output: the folder {file.Directory.FullName} does not exist.");
            }

            // The pseudonym key only shapes the persons' pseudonyms, which this file does not contain.
            var generator = new PopulationGenerator(options, MunicipalityList.Shipped(), new Pseudonymizer(RandomNumberGenerator.GetBytes(32)));
            using var writer = new StreamWriter(file.FullName);
            var count = SignalRecordWriter.Write(generator.Generate(), writer);
            Console.WriteLine($"{count:N0} signals written to {file.FullName}.");
            return ExitCodes.Ok;
        });

        var command = new Command("synthetic", "Synthetic data without a database.");
        command.Subcommands.Add(signals);
        return command;
    }
}
