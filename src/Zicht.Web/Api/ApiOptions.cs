namespace Zicht.Web.Api;

/// <summary>The API's settings (configuration section <c>Zicht:Api</c>).</summary>
public sealed class ApiOptions
{
    public const string Section = "Zicht:Api";

    /// <summary>Calls per API key per minute (a token bucket refilled every second); then HTTP 429 with Retry-After.</summary>
    public int RequestsPerMinute { get; set; } = 600;
}
