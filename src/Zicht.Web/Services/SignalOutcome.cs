using Zicht.Domain.Registry;

namespace Zicht.Web.Services;

/// <summary>
/// The answer to a signal: its id, or the broken rules per field. <see cref="KnownPerson"/> says only that the
/// person was known already (the signal joined their case), <see cref="PossiblyKnown"/> only that a case worker will
/// check whether they are; never who they are or what their case holds.
/// </summary>
public sealed record SignalOutcome(Guid? SignalId, IReadOnlyList<FieldError> Errors, bool KnownPerson)
{
    public bool Accepted => SignalId is not null;

    /// <summary>Linkage was unsure: the signal opened a case of its own, and a case worker reviews whether an earlier case is the same person.</summary>
    public bool PossiblyKnown { get; init; }
}
