using Zicht.Domain.Registry;
using Zicht.Linkage.Scoring;

namespace Zicht.Web.Services;

/// <summary>
/// A review side by side: the new signal and the candidate person's signal it came closest to, their persons' cases,
/// and the model's explanation of the comparison (null while the registry has too few signals for a model).
/// </summary>
public sealed record ReviewView(
    LinkReview Review,
    Signal Signal,
    CaseRef SignalCase,
    Person Candidate,
    CaseRef CandidateCase,
    Signal? CandidateSignal,
    int CandidateSignals,
    PairExplanation? Explanation,
    IReadOnlyDictionary<Guid, string> Organisations);
