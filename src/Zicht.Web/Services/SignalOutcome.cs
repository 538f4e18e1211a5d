using Zicht.Domain.Registry;

namespace Zicht.Web.Services;

/// <summary>
/// The answer to a signal: its id, or the broken rules per field. <see cref="KnownPerson"/> says only that the
/// person was known already, never who they are or what their case holds.
/// </summary>
public sealed record SignalOutcome(Guid? SignalId, IReadOnlyList<FieldError> Errors, bool KnownPerson)
{
    public bool Accepted => SignalId is not null;
}
