using System.CommandLine;
using Zicht.Cli;
using Zicht.Cli.Commands.Registry;

var root = new RootCommand("zicht: sight on human trafficking (signal, link, triage, follow, monitor).")
{
    SeedCommand.Create(),
    DbCommand.Create(),
    CodesCommand.Create(),
    SyntheticCommand.Create(),
};

return await CommandRunner.RunAsync(root, args);
