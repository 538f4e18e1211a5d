namespace Zicht.Web.Services;

/// <summary>Whether a user may open a case, and why.</summary>
public enum CaseAccess
{
    /// <summary>The case lies in the user's scope.</summary>
    InScope,

    /// <summary>Outside the scope, opened by breaking the glass within the last time window.</summary>
    BrokenGlass,

    /// <summary>Outside the scope; the user may break the glass with a reason.</summary>
    NeedsBreakGlass,

    /// <summary>The user's role never opens cases.</summary>
    Refused,

    NotFound,
}
