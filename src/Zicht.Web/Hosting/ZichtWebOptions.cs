namespace Zicht.Web.Hosting;

/// <summary>The settings of the web application (configuration section <c>Zicht</c>).</summary>
public sealed class ZichtWebOptions
{
    public const string Section = "Zicht";

    /// <summary>SQLite file path or PostgreSQL connection string; else <c>ZICHT_DB</c>, else the demo database.</summary>
    public string? Database { get; set; }

    /// <summary>Demo mode: migrate, seed the synthetic population, make demo users. Also on in Development or with <c>--demo</c>.</summary>
    public bool Demo { get; set; }

    /// <summary>Registered persons to seed in demo mode; null follows the published yearly numbers.</summary>
    public int? DemoPersons { get; set; }

    /// <summary>How long a break-the-glass access to a case outside the user's scope lasts.</summary>
    public int BreakGlassMinutes { get; set; } = 60;

    /// <summary>Sign-in attempts per client address per minute.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>The work list's default: active cases without any help after this many days.</summary>
    public int NoHelpAfterDays { get; set; } = 30;

    /// <summary>Days until a new referral's follow-up is due.</summary>
    public int FollowUpDays { get; set; } = 14;
}
