using System.CommandLine;

namespace Zicht.Cli.Commands.Linkage;

/// <summary><c>zicht link dedupe|pair|encode|evaluate</c>: record linkage on any CSV file, in clear or on keyed Bloom-filter encodings.</summary>
public static class LinkCommand
{
    public static Command Create()
    {
        var command = new Command("link", "Record linkage: find the same person across records and files, in clear or privacy-preserving (Bloom filter) mode.");
        command.Subcommands.Add(LinkDedupe.Create());
        command.Subcommands.Add(LinkPair.Create());
        command.Subcommands.Add(LinkEncode.Create());
        command.Subcommands.Add(LinkEvaluate.Create());
        return command;
    }
}
