namespace Zicht.Cli.Commands.Statistics;

/// <summary>How statistics commands print their result.</summary>
public enum OutputFormat
{
    Table,
    Json,
}
