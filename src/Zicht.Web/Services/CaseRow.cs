using Zicht.Domain.Registry;
using Zicht.Domain.Triage;

namespace Zicht.Web.Services;

/// <summary>One line of a case list: no names, only the pseudonym and the facts a case worker sorts by.</summary>
public sealed record CaseRow(Guid CaseId, string Pseudonym, CaseStatus Status, DateOnly OpenedOn, string? MunicipalityCode, Priority? Priority);
