namespace Zicht.Synthetic.Names;

/// <summary>Groups of ways to write one name or place: finds a spelling's group and picks one of its spellings.</summary>
internal sealed class Spellings
{
    private readonly Dictionary<string, string[]> _groupOf;

    public Spellings(string[][] groups, StringComparer comparer) =>
        _groupOf = groups
            .SelectMany(group => group.Select(spelling => (spelling, group)))
            .GroupBy(x => x.spelling, comparer)
            .ToDictionary(g => g.Key, g => g.First().group, comparer);

    public bool Contains(string spelling) => _groupOf.ContainsKey(spelling);

    /// <summary>One spelling of <paramref name="spelling"/>'s group (perhaps itself); itself when it has none.</summary>
    public string Pick(string spelling, Random r) =>
        _groupOf.TryGetValue(spelling, out var group) ? group[r.Next(group.Length)] : spelling;
}
