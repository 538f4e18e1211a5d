namespace Zicht.Web.Services;

/// <summary>A case by its id and its person's pseudonym: enough to link to it, nothing more.</summary>
public sealed record CaseRef(Guid CaseId, string Pseudonym);
