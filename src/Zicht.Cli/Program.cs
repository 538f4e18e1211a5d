using System.CommandLine;
using Zicht.Cli;
using Zicht.Cli.Commands.Registry;

var root = new RootCommand("zicht: sight on human trafficking (signal, link, triage, follow, monitor).")
{
    SeedCommand.Create(),
    DbCommand.Create(),
    CodesCommand.Create(),
    SyntheticCommand.Create(),
    Zicht.Cli.Commands.Statistics.MseCommand.Create(),
    Zicht.Cli.Commands.Statistics.SurvivalCommand.Create(),
    Zicht.Cli.Commands.Statistics.SdcCommand.Create(),
    Zicht.Cli.Commands.Linkage.LinkCommand.Create(),
};

return await CommandRunner.RunAsync(root, args);
