namespace Zicht.Web.Hosting;

/// <summary>One demo user's sign-in, printed at start-up in demo mode only.</summary>
public sealed record DemoCredential(string UserName, string Password, string Role, string Scope);
