using System.CommandLine;
using Zicht.Data.Privacy;
using Zicht.Data.Storage;

namespace Zicht.Cli.Commands.Registry;

/// <summary>The <c>--db</c> option every command that touches data takes, and opening what it names.</summary>
public static class DatabaseOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = "SQLite file path or PostgreSQL connection string (Host=…;Database=…) or URI (postgresql://…). Default: $ZICHT_DB, else the demo database.",
    };

    public static ZichtDatabase Open(string? setting, TextWriter warnings)
    {
        DatabaseTarget target;
        try
        {
            target = DatabaseTarget.Resolve(setting, Environment.GetEnvironmentVariable);
        }
        catch (FormatException e)
        {
            throw new BadInputException($"--db: {e.Message}", e);
        }

        ZichtKeys keys;
        try
        {
            keys = KeyLoader.Load(Environment.GetEnvironmentVariable, warnings.WriteLine);
        }
        catch (InvalidOperationException e)
        {
            throw new BadInputException($"keys: {e.Message}", e);
        }

        return new ZichtDatabase(target, keys.CreateProtector()) { Keys = keys };
    }
}
