using Zicht.Domain.Follow;
using Zicht.Domain.Perpetrators;
using Zicht.Domain.Registry;
using Zicht.Domain.Triage;

namespace Zicht.Web.Services;

/// <summary>Everything on a case page: the person, the case and the timeline of what happened.</summary>
public sealed record CaseView(
    Case Case,
    Person Person,
    CaseAccess Access,
    IReadOnlyList<Signal> Signals,
    IReadOnlyList<Assessment> Assessments,
    IReadOnlyList<Referral> Referrals,
    IReadOnlyList<HelpEpisode> Help,
    IReadOnlyList<Victimisation> Victimisations,
    IReadOnlyList<Suspect> Suspects,
    Suspect? AlsoSuspect,
    IReadOnlyDictionary<Guid, string> Organisations)
{
    /// <summary>The case of the person this one was merged into (this case then counts as that one); null when not merged.</summary>
    public CaseRef? MergedInto { get; init; }

    /// <summary>The cases of persons merged into this one: their signals and events are on this case's timeline.</summary>
    public IReadOnlyList<CaseRef> Merged { get; init; } = [];

    /// <summary>Every event, newest first: (date, kind, the item).</summary>
    public IReadOnlyList<TimelineItem> Timeline =>
        Signals.Select(s => new TimelineItem(s.SignalDate, TimelineKind.Signal, s))
            .Concat(Assessments.Select(a => new TimelineItem(a.AssessedOn, TimelineKind.Assessment, a)))
            .Concat(Referrals.Select(r => new TimelineItem(r.ReferredOn, TimelineKind.Referral, r)))
            .Concat(Help.Select(h => new TimelineItem(h.StartedOn, TimelineKind.Help, h)))
            .Concat(Victimisations.Select(v => new TimelineItem(v.OccurredOn, TimelineKind.Victimisation, v)))
            .Concat(Suspects.Select(s => new TimelineItem(s.RegisteredOn, TimelineKind.Suspect, s)))
            .OrderByDescending(i => i.On)
            .ToList();
}
