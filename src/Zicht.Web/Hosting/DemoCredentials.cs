namespace Zicht.Web.Hosting;

/// <summary>The demo users made at this start (empty outside demo mode).</summary>
public sealed class DemoCredentials
{
    private readonly List<DemoCredential> _all = [];

    public IReadOnlyList<DemoCredential> All => _all;

    public DemoCredential For(string userName) => _all.Single(c => c.UserName == userName);

    internal void Add(DemoCredential credential) => _all.Add(credential);
}
