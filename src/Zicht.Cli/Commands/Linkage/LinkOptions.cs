using System.CommandLine;

namespace Zicht.Cli.Commands.Linkage;

/// <summary>Options shared by <c>link dedupe</c> and <c>link pair</c>.</summary>
internal sealed class LinkOptions
{
    public Option<string> IdColumn { get; } = new("--id-column") { Description = "Column with each record's identifier.", Required = true };

    public Option<string?> Settings { get; } = new("--settings") { Description = "Settings JSON (comparisons, blocking rules, threshold). Without it they are chosen from the column names and contents and printed." };

    public Option<double?> Threshold { get; } = new("--threshold") { Description = "Match probability from which a pair is a link (default: the settings' threshold, 0.9)." };

    public Option<string> Output { get; } = new("--output") { Description = "CSV of pairs: id_left,id_right,probability, then the weight of each comparison.", Required = true };

    public Option<bool> AllPairs { get; } = new("--all-pairs") { Description = "Write every scored candidate pair with a probability of at least 0.000001, not only links." };

    public Option<string?> Exclude { get; } = new("--exclude") { Description = "Columns never to compare when choosing settings, comma-separated (for example a truth column)." };

    public Option<string?> SaveSettings { get; } = new("--save-settings") { Description = "Write the settings used to this JSON file." };

    public Option<string?> SaveModel { get; } = new("--save-model") { Description = "Write the trained model (m and u per level, prior) to this JSON file." };

    public Option<string?> Clusters { get; } = new("--clusters") { Description = "Also write each record's cluster (person) to this CSV: id,cluster." };

    public IEnumerable<Option> All =>
        [IdColumn, Settings, Threshold, Output, AllPairs, Exclude, SaveSettings, SaveModel, Clusters];
}
