using System.CommandLine;

namespace Zicht.Cli;

/// <summary>Parses and runs a command line, mapping parse errors and failures to the documented exit codes.</summary>
public static class CommandRunner
{
    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter? error = null)
    {
        error ??= Console.Error;
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                await error.WriteLineAsync($"zicht: {e.Message}");
            }
            await error.WriteLineAsync("Run 'zicht --help' (or the command with --help) to see the options.");
            return ExitCodes.BadInput;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (BadInputException e)
        {
            await error.WriteLineAsync($"zicht: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("zicht: cancelled.");
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            // No stack traces by default: they can carry values from the data. ZICHT_DEBUG=1 shows them.
            await error.WriteLineAsync($"zicht: failed: {e.Message}");
            if (Environment.GetEnvironmentVariable("ZICHT_DEBUG") == "1")
            {
                await error.WriteLineAsync(e.ToString());
            }
            return ExitCodes.Failure;
        }
    }
}
