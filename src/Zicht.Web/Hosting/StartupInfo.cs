namespace Zicht.Web.Hosting;

/// <summary>What the application started on, for the start-up message and the page footer.</summary>
public sealed record StartupInfo(bool Demo, string Database);
