namespace Zicht.Web.Services;

/// <summary>One year's count, or null where it is suppressed (too small to publish).</summary>
public sealed record YearFigure(int Year, int? Count);
