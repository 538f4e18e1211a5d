namespace Zicht.Domain.Triage;

/// <summary>
/// A transparent triage rule an administrator can edit: when an assessment finds any (or all) of the listed
/// vulnerabilities, it asks for at least the rule's priority and recommends the rule's kinds of help.
/// </summary>
public sealed class TriageRule
{
    private TriageRule()
    {
        Name = "";
    }

    public TriageRule(Guid id, string name, int order, TriageMatch match, IEnumerable<Vulnerability> when, Priority priority, IEnumerable<HelpType> recommend, bool enabled = true)
    {
        Id = id;
        Name = "";
        Change(name, order, match, when, priority, recommend, enabled);
        Version = 0;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }

    /// <summary>Rules are listed and explained in this order.</summary>
    public int Order { get; private set; }

    public TriageMatch Match { get; private set; }
    public List<Vulnerability> When { get; private set; } = [];
    public Priority Priority { get; private set; }
    public List<HelpType> Recommend { get; private set; } = [];
    public bool Enabled { get; private set; }

    /// <summary>Optimistic concurrency: two administrators editing one rule cannot overwrite each other.</summary>
    public int Version { get; private set; }

    public void Change(string name, int order, TriageMatch match, IEnumerable<Vulnerability> when, Priority priority, IEnumerable<HelpType> recommend, bool enabled)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("A triage rule needs a name.", "Een triageregel heeft een naam nodig.");
        }

        var conditions = when.Distinct().Order().ToList();
        if (conditions.Count == 0)
        {
            throw new DomainException("A triage rule names at least one vulnerability it reacts to.", "Een triageregel noemt ten minste één kwetsbaarheid waarop hij reageert.");
        }

        Name = name.Trim();
        Order = order;
        Match = match;
        When = conditions;
        Priority = priority;
        Recommend = recommend.Distinct().Order().ToList();
        Enabled = enabled;
        Version++;
    }

    /// <summary>The vulnerabilities that made this rule fire, or an empty list when it does not.</summary>
    public IReadOnlyList<Vulnerability> Matches(IReadOnlyCollection<Vulnerability> found)
    {
        if (!Enabled)
        {
            return [];
        }

        var hits = When.Where(found.Contains).ToList();
        var fires = Match == TriageMatch.All ? hits.Count == When.Count : hits.Count > 0;
        return fires ? hits : [];
    }
}
