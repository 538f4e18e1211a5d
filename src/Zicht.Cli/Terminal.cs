using Spectre.Console;

namespace Zicht.Cli;

/// <summary>A Spectre console over the current standard output (not the one captured at start-up, so output can be redirected).</summary>
public static class Terminal
{
    public static IAnsiConsole Out() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
}
