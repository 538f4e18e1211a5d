namespace Zicht.Web.Services;

/// <summary>
/// The result of an edit under optimistic concurrency: saved, or refused because someone else saved first;
/// then <see cref="Current"/> holds what they saved, so the second user sees both and loses nothing.
/// </summary>
public sealed record EditOutcome<T>(bool Saved, T Current) where T : class;
