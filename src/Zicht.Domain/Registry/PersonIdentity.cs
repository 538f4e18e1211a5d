namespace Zicht.Domain.Registry;

/// <summary>
/// The identifying data of a person as one organisation recorded it. Every field is encrypted at rest;
/// only the registry and case workers in scope ever see it.
/// </summary>
public sealed record PersonIdentity(
    string? GivenName,
    string? FamilyName,
    DateOnly? DateOfBirth,
    string? DocumentNumber = null,
    string? PlaceOfBirth = null)
{
    public static readonly PersonIdentity Empty = new(null, null, null);

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(GivenName) && string.IsNullOrWhiteSpace(FamilyName) && DateOfBirth is null
        && string.IsNullOrWhiteSpace(DocumentNumber) && string.IsNullOrWhiteSpace(PlaceOfBirth);

    /// <summary>Never print identifying data by accident (logs, exception messages, debugger views).</summary>
    public override string ToString() => IsEmpty ? "PersonIdentity(empty)" : "PersonIdentity(redacted)";
}
