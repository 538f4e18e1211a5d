using Zicht.Domain.Registry;

namespace Zicht.Web.Services;

/// <summary>
/// What merge and split work on for one case: its person's signals (with those of persons merged into it), the
/// merges into it that can be undone, and the splits from it that can be merged back.
/// </summary>
public sealed record CaseLinkageView(
    Case Case,
    Person Person,
    CaseAccess Access,
    IReadOnlyList<Signal> Signals,
    IReadOnlyDictionary<Guid, string> Organisations,
    IReadOnlyList<CaseLinkageView.MergeRow> Merges,
    IReadOnlyList<CaseLinkageView.SplitRow> Splits,
    CaseRef? MergedInto)
{
    /// <summary>A merge into this person, still in force: undoing it lets <see cref="Absorbed"/> stand alone again.</summary>
    public sealed record MergeRow(PersonMerge Merge, CaseRef Absorbed);

    /// <summary>Signals split from this person into <see cref="Into"/>; <see cref="MergedBack"/> once undone.</summary>
    public sealed record SplitRow(PersonSplit Split, CaseRef Into, bool MergedBack);
}
