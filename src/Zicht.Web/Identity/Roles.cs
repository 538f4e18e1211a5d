namespace Zicht.Web.Identity;

/// <summary>The roles of DESIGN.md §1.</summary>
public static class Roles
{
    public const string Signaller = "Signaller";
    public const string CaseWorker = "CaseWorker";
    public const string Analyst = "Analyst";
    public const string Municipality = "Municipality";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Signaller, CaseWorker, Analyst, Municipality, Admin];
}
