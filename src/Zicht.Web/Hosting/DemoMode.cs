namespace Zicht.Web.Hosting;

/// <summary>Demo mode: the Development environment, <c>--demo</c> on the command line, or <c>Zicht:Demo=true</c>.</summary>
public static class DemoMode
{
    public static bool IsOn(IHostEnvironment environment, IConfiguration configuration, IEnumerable<string> args) =>
        environment.IsDevelopment()
        || args.Contains("--demo", StringComparer.Ordinal)
        || configuration.GetValue<bool>($"{ZichtWebOptions.Section}:{nameof(ZichtWebOptions.Demo)}");
}
