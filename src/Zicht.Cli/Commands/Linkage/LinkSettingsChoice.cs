using Zicht.Linkage.Settings;

namespace Zicht.Cli.Commands.Linkage;

/// <summary>Settings from --settings, or chosen from the columns and printed so the user can save and edit them.</summary>
internal static class LinkSettingsChoice
{
    public static LinkageSettings Choose(string? settingsFile, LinkTable table, string idColumn, double? threshold, IReadOnlyCollection<string> exclude, TextWriter output)
    {
        LinkageSettings settings;
        if (settingsFile is not null)
        {
            if (!File.Exists(settingsFile))
            {
                throw new BadInputException($"--settings: there is no file {settingsFile}.");
            }

            try
            {
                settings = LinkageJson.ReadSettings(File.ReadAllText(settingsFile));
            }
            catch (LinkageSettingsException e)
            {
                throw new BadInputException($"--settings {settingsFile}: {e.Message}", e);
            }
        }
        else
        {
            var sample = table.Rows.Take(20_000).Select(r => (IReadOnlyList<string?>)r).ToList();
            settings = SettingsGuesser.Guess(table.Header, sample, idColumn, exclude).Settings;
            if (settings.Comparisons.Count == 0)
            {
                throw new BadInputException($"--input {table.Path}: no column to compare besides '{idColumn}'; write settings and pass them with --settings.");
            }
        }

        settings = settings with { IdColumn = idColumn };
        if (threshold is { } t)
        {
            if (t is <= 0 or > 1 || double.IsNaN(t))
            {
                throw new BadInputException($"--threshold: {t} is not a probability in (0, 1].");
            }

            settings = settings with { Threshold = t };
        }

        try
        {
            settings.Validate(table.Header);
        }
        catch (LinkageSettingsException e)
        {
            throw new BadInputException($"{(settingsFile is null ? "chosen settings" : $"--settings {settingsFile}")} do not fit {table.Path}: {e.Message}", e);
        }

        if (settingsFile is null)
        {
            output.WriteLine("Settings chosen from the columns (save them to a file, edit, and pass with --settings):");
            output.WriteLine(LinkageJson.Write(settings));
        }

        return settings;
    }

    public static string[] Split(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
