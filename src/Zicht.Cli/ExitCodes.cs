namespace Zicht.Cli;

/// <summary>The exit codes of every <c>zicht</c> command (DESIGN.md §7).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}
