using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Data.Storage;
using Zicht.Web.Hosting;

namespace Zicht.Web.Tests;

/// <summary>
/// The application in process on a fresh database, in demo mode with a small synthetic population, its own keys
/// and a clock the test can move; optionally on a real Kestrel port for the browser tests.
/// </summary>
public sealed class ZichtWebFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public ZichtWebFactory(DatabaseProvider provider = DatabaseProvider.Sqlite, int persons = 120, IDictionary<string, string?>? settings = null)
    {
        Database = TestDatabase.Setting(provider);
        _settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Zicht:Database"] = Database,
            ["Zicht:Demo"] = "true",
            ["Zicht:DemoPersons"] = persons.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Zicht:SignInAttemptsPerMinute"] = "1000",
            ["ZICHT_ENCRYPTION_KEY"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["ZICHT_PSEUDONYM_KEY"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            _settings[k] = v;
        }
    }

    public string Database { get; }

    public ShiftableClock Clock { get; } = new();

    public DemoCredentials Credentials => Services.GetRequiredService<DemoCredentials>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (k, v) in _settings)
        {
            builder.UseSetting(k, v);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
