using System.CommandLine;
using Spectre.Console;

namespace Zicht.Cli.Commands.Registry;

/// <summary><c>zicht db migrate</c> and <c>zicht db info</c>.</summary>
public static class DbCommand
{
    public static Command Create()
    {
        var command = new Command("db", "Database schema and contents.");

        var migrateDb = DatabaseOption.Create();
        var migrate = new Command("migrate", "Create the database or bring its schema up to date, and load the shipped reference data.") { migrateDb };
        migrate.SetAction(async (p, ct) =>
        {
            var database = DatabaseOption.Open(p.GetValue(migrateDb), Console.Error);
            var pending = await database.PendingMigrationsAsync(ct);
            await database.MigrateAsync(ct);
            Console.WriteLine(pending.Count == 0
                ? $"{database.Target.Describe()}: schema already up to date."
                : $"{database.Target.Describe()}: applied {pending.Count} migration(s): {string.Join(", ", pending)}.");
            return ExitCodes.Ok;
        });

        var infoDb = DatabaseOption.Create();
        var info = new Command("info", "Show where the database is, whether its schema is current, and the rows per table.") { infoDb };
        info.SetAction(async (p, ct) =>
        {
            var database = DatabaseOption.Open(p.GetValue(infoDb), Console.Error);
            if (database.Target.SqliteFile is { } file && !File.Exists(file))
            {
                throw new BadInputException($"--db: there is no database at {file}; create it with 'zicht db migrate' or 'zicht seed'.");
            }

            var pending = await database.PendingMigrationsAsync(ct);
            var console = Terminal.Out();
            console.MarkupLine($"[bold]{Markup.Escape(database.Target.Describe())}[/]");
            console.MarkupLine(pending.Count == 0 ? "Schema: up to date" : $"Schema: [yellow]{pending.Count} migration(s) pending[/] ({Markup.Escape(string.Join(", ", pending))}); run 'zicht db migrate'.");
            if (pending.Count > 0)
            {
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumn("Table").AddColumn(new TableColumn("Rows").RightAligned());
            foreach (var (name, rows) in await database.CountsAsync(ct))
            {
                table.AddRow(Markup.Escape(name), rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            }

            console.Write(table);
            return ExitCodes.Ok;
        });

        command.Subcommands.Add(migrate);
        command.Subcommands.Add(info);
        return command;
    }
}
