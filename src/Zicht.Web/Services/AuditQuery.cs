using Zicht.Domain.Audit;

namespace Zicht.Web.Services;

/// <summary>The audit page's filter: user, person (by pseudonym), action and period.</summary>
public sealed record AuditQuery(string? Actor, string? Pseudonym, AuditAction? Action, DateOnly? From, DateOnly? To);
