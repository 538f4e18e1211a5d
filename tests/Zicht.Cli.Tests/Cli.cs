using System.CommandLine;
using Zicht.Cli;
using Zicht.Cli.Commands.Registry;

namespace Zicht.Cli.Tests;

/// <summary>Runs the <c>zicht</c> command line in process, the way Program.cs does, and captures what it says.</summary>
internal static class Cli
{
    private static readonly SemaphoreSlim ConsoleLock = new(1, 1);

    public static async Task<(int Exit, string Out, string Error)> RunAsync(Command command, params string[] args)
    {
        var root = new RootCommand("zicht") { command };
        var error = new StringWriter();
        var output = new StringWriter();
        // Commands write to Console.Out: one test at a time may redirect it.
        await ConsoleLock.WaitAsync();
        var previousOut = Console.Out;
        var previousError = Console.Error;
        try
        {
            Console.SetOut(output);
            Console.SetError(error);
            var exit = await CommandRunner.RunAsync(root, args, error);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
            ConsoleLock.Release();
        }
    }

    /// <summary>Keys for tests: a throwaway development key file, never the user's own.</summary>
    public static void UseTestKeys() =>
        Environment.SetEnvironmentVariable("ZICHT_KEYS_FILE", Path.Combine(Path.GetTempPath(), "zicht-cli-tests", "keys.json"));

    public static Command Seed => SeedCommand.Create();

    public static Command Db => DbCommand.Create();

    public static Command Codes => CodesCommand.Create();

    public static Command Synthetic => SyntheticCommand.Create();
}
