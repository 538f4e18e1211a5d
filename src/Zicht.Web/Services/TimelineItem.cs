namespace Zicht.Web.Services;

/// <summary>One event on a case's timeline.</summary>
public sealed record TimelineItem(DateOnly On, TimelineKind Kind, object Item);
