using Zicht.Domain.Perpetrators;

namespace Zicht.Web.Services;

/// <summary>A suspect with the victims linked to them and the criminal-justice chain that followed.</summary>
public sealed record SuspectView(
    Suspect Suspect,
    IReadOnlyList<(Guid CaseId, string Pseudonym)> Victims,
    Guid? OwnCaseId,
    IReadOnlyList<Prosecution> Prosecutions,
    IReadOnlyList<Verdict> Verdicts,
    IReadOnlyList<Supervision> Supervisions,
    IReadOnlyList<Reoffence> Reoffences);
