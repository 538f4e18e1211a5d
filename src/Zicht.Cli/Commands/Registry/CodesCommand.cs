using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Zicht.Data.Reference;
using Zicht.Domain.CodeLists;

namespace Zicht.Cli.Commands.Registry;

/// <summary><c>zicht codes</c>: the code lists with their Dutch and English labels, and the municipality list.</summary>
public static class CodesCommand
{
    /// <summary>The code lists of the domain, by name.</summary>
    public static IReadOnlyDictionary<string, Type> Lists { get; } = typeof(CodeList).Assembly.GetTypes()
        .Where(t => t.IsEnum && t.GetFields().Any(f => f.IsDefined(typeof(LabelAttribute), false)))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);

    public static Command Create()
    {
        var command = new Command("codes", "Code lists with their Dutch and English labels, and the municipality code list.");

        var name = new Argument<string?>("list") { Description = "The code list to show (omit to list them all).", Arity = ArgumentArity.ZeroOrOne };
        var show = new Command("show", "Show a code list's codes and labels, or list the code lists.") { name };
        show.SetAction(p =>
        {
            var console = Terminal.Out();
            var wanted = p.GetValue(name);
            if (wanted is null)
            {
                foreach (var list in Lists.Keys)
                {
                    console.WriteLine(list);
                }

                return ExitCodes.Ok;
            }

            if (!Lists.TryGetValue(wanted, out var type))
            {
                throw new BadInputException($"codes show: there is no code list '{wanted}'; the lists are: {string.Join(", ", Lists.Keys)}.");
            }

            var table = new Table().AddColumn("Code").AddColumn("Nederlands").AddColumn("English");
            foreach (var item in CodeList.All(type))
            {
                table.AddRow(Markup.Escape(item.Code), Markup.Escape(item.Dutch), Markup.Escape(item.English));
            }

            console.Write(table);
            return ExitCodes.Ok;
        });

        var input = new Option<FileInfo>("--input") { Description = "A CBS municipality list: CSV with columns code, name, province.", Required = true };
        var db = DatabaseOption.Create();
        var import = new Command("import-municipalities", "Replace the municipality code list with a newer one; codes that disappeared stay known, marked not current.") { input, db };
        import.SetAction(async (p, ct) =>
        {
            var file = p.GetValue(input)!;
            if (!file.Exists)
            {
                throw new BadInputException($"--input: there is no file {file.FullName}.");
            }

            IReadOnlyList<Zicht.Domain.Reference.Municipality> list;
            try
            {
                using var reader = file.OpenText();
                list = MunicipalityList.Parse(reader, file.Name);
            }
            catch (FormatException e)
            {
                throw new BadInputException(e.Message, e);
            }

            var database = DatabaseOption.Open(p.GetValue(db), Console.Error);
            await database.MigrateAsync(ct);
            await using var context = database.CreateContext();
            var (added, updated, retired) = await MunicipalityImport.ReplaceAsync(context, list, ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{list.Count} municipalities imported: {added} added, {updated} changed, {retired} no longer current."));
            return ExitCodes.Ok;
        });

        command.Subcommands.Add(show);
        command.Subcommands.Add(import);
        return command;
    }
}
