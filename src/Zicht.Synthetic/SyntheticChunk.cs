using Zicht.Domain.Follow;
using Zicht.Domain.Perpetrators;
using Zicht.Domain.Registry;
using Zicht.Domain.Triage;

namespace Zicht.Synthetic;

/// <summary>One chunk of the synthetic registry: everything about a few thousand registered persons and their suspects.</summary>
public sealed class SyntheticChunk
{
    public int Year { get; init; }
    public List<Person> Persons { get; } = [];
    public List<Signal> Signals { get; } = [];
    public List<Case> Cases { get; } = [];
    public List<Assessment> Assessments { get; } = [];
    public List<Referral> Referrals { get; } = [];
    public List<HelpEpisode> HelpEpisodes { get; } = [];
    public List<Victimisation> Victimisations { get; } = [];
    public List<Suspect> Suspects { get; } = [];
    public List<Prosecution> Prosecutions { get; } = [];
    public List<Verdict> Verdicts { get; } = [];
    public List<Supervision> Supervisions { get; } = [];
    public List<Reoffence> Reoffences { get; } = [];

    /// <summary>The true person behind each signal (the registry's linkage should find the same).</summary>
    public List<(Guid SignalId, Guid TruePersonId)> SignalTruth { get; } = [];

    /// <summary>Per person: the lists that detected them, for capture–recapture checks.</summary>
    public List<(Guid PersonId, int CapturePattern)> Captures { get; } = [];

    public int RowCount =>
        Persons.Count + Signals.Count + Cases.Count + Assessments.Count + Referrals.Count + HelpEpisodes.Count + Victimisations.Count
        + Suspects.Count + Suspects.Sum(s => s.Victims.Count) + Prosecutions.Count + Verdicts.Count + Verdicts.Sum(v => v.Sentences.Count)
        + Supervisions.Count + Reoffences.Count;
}
