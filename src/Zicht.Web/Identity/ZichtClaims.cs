namespace Zicht.Web.Identity;

/// <summary>The claims that carry a user's scope in the sign-in cookie.</summary>
public static class ZichtClaims
{
    public const string Organisation = "zicht:organisation";
    public const string Municipality = "zicht:municipality";
    public const string DisplayName = "zicht:name";
}
