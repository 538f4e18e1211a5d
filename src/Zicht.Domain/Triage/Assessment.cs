namespace Zicht.Domain.Triage;

/// <summary>Triage at one moment: the help needs and vulnerabilities found, and the priority given.</summary>
public sealed class Assessment
{
    private Assessment()
    {
    }

    public Assessment(Guid id, Guid caseId, DateOnly assessedOn, IEnumerable<Vulnerability> vulnerabilities, Priority priority, string? notes = null)
    {
        Id = id;
        CaseId = caseId;
        AssessedOn = assessedOn;
        Vulnerabilities = vulnerabilities.Distinct().Order().ToList();
        Priority = priority;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public DateOnly AssessedOn { get; private set; }
    public List<Vulnerability> Vulnerabilities { get; private set; } = [];
    public Priority Priority { get; private set; }

    /// <summary>Free text; encrypted at rest.</summary>
    public string? Notes { get; private set; }
}
