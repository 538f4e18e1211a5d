namespace Zicht.Domain.Triage;

/// <summary>Evaluates the triage rules: the highest priority of the rules that fire, and the union of their recommendations.</summary>
public static class TriageRuleSet
{
    /// <summary>The priority when no rule fires.</summary>
    public const Priority BasePriority = Priority.Normal;

    public static TriageOutcome Evaluate(IEnumerable<TriageRule> rules, IEnumerable<Vulnerability> vulnerabilities)
    {
        var found = vulnerabilities.ToHashSet();
        var fired = rules.OrderBy(r => r.Order).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new TriageFiring(r, r.Matches(found)))
            .Where(f => f.Because.Count > 0)
            .ToList();
        var priority = fired.Count == 0 ? BasePriority : fired.Max(f => f.Rule.Priority);
        if (priority < BasePriority)
        {
            priority = BasePriority;
        }

        var recommendations = fired.SelectMany(f => f.Rule.Recommend).Distinct().Order().ToList();
        return new TriageOutcome(priority, recommendations, fired);
    }

    /// <summary>The rules a new registry starts with; administrators change them from there.</summary>
    public static IReadOnlyList<TriageRule> Defaults() =>
    [
        Rule("a1e0c3b2-0001-4000-8000-000000000001", "Minderjarig: jeugdhulp en opvang", 10, TriageMatch.Any, [Vulnerability.Minor], Priority.Urgent, [HelpType.YouthCare, HelpType.Shelter]),
        Rule("a1e0c3b2-0001-4000-8000-000000000002", "Dreiging vanuit netwerk: beschermde opvang", 20, TriageMatch.Any, [Vulnerability.NetworkThreat, Vulnerability.DomesticViolence], Priority.Urgent, [HelpType.Shelter]),
        Rule("a1e0c3b2-0001-4000-8000-000000000003", "Geen onderdak: opvang", 30, TriageMatch.Any, [Vulnerability.Homelessness, Vulnerability.EmployerDependentHousing], Priority.High, [HelpType.Shelter]),
        Rule("a1e0c3b2-0001-4000-8000-000000000004", "Psychische problemen of verslaving: ggz", 40, TriageMatch.Any, [Vulnerability.PsychiatricProblems, Vulnerability.Addiction, Vulnerability.Trauma], Priority.High, [HelpType.MentalHealth, HelpType.SpecialistCare]),
        Rule("a1e0c3b2-0001-4000-8000-000000000005", "Licht verstandelijke beperking: specialistische zorg", 50, TriageMatch.Any, [Vulnerability.MildIntellectualDisability], Priority.High, [HelpType.SpecialistCare]),
        Rule("a1e0c3b2-0001-4000-8000-000000000006", "Onrechtmatig verblijf: verblijfsregeling en juridische bijstand", 60, TriageMatch.Any, [Vulnerability.IrregularResidence], Priority.Normal, [HelpType.ResidenceScheme, HelpType.LegalAid]),
        Rule("a1e0c3b2-0001-4000-8000-000000000007", "Schulden of geen zorgverzekering: ambulante hulp", 70, TriageMatch.Any, [Vulnerability.Debts, Vulnerability.NoHealthInsurance], Priority.Normal, [HelpType.AmbulatoryCare]),
        Rule("a1e0c3b2-0001-4000-8000-000000000008", "Zwanger en dakloos: acuut", 80, TriageMatch.All, [Vulnerability.Pregnancy, Vulnerability.Homelessness], Priority.Urgent, [HelpType.Shelter, HelpType.SpecialistCare]),
    ];

    private static TriageRule Rule(string id, string name, int order, TriageMatch match, Vulnerability[] when, Priority priority, HelpType[] recommend) =>
        new(Guid.Parse(id), name, order, match, when, priority, recommend);
}
