using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Data.Storage;
using Zicht.Domain.Organisations;
using Zicht.Web.Identity;
using Zicht.Web.Services;

namespace Zicht.Web.Tests;

/// <summary>The application on a real Kestrel port, called by a real HttpClient, with API keys issued as an administrator would.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public static readonly Actor Administrator = new("admin", new HashSet<string> { Roles.Admin }, null, null);

    public ZichtWebFactory Factory { get; } = new(persons: 80, settings: new Dictionary<string, string?> { ["Zicht:Api:RequestsPerMinute"] = "100000" });

    public Uri BaseAddress { get; private set; } = null!;

    public ZichtDatabase Database => Factory.Services.GetRequiredService<ZichtDatabase>();

    public static Guid Police => Synthetic.SyntheticOrganisations.All.First(o => o.Type == OrganisationType.Police && o.MunicipalityCode == "GM0363").Id;

    public static Guid Ngo => Synthetic.SyntheticOrganisations.All.First(o => o.Type == OrganisationType.Ngo).Id;

    public static Guid Centre => Synthetic.SyntheticOrganisations.All.First(o => o.Type == OrganisationType.RegistrationCentre).Id;

    public ValueTask InitializeAsync()
    {
        Factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        BaseAddress = new Uri(Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return ValueTask.CompletedTask;
    }

    public static Task<string> IssueAsync(ZichtWebFactory factory, string role, Guid organisation, string? municipality = null) =>
        IssueKeyAsync(factory.Services, role, organisation, municipality);

    public Task<string> IssueAsync(string role, Guid organisation, string? municipality = null) => IssueKeyAsync(Factory.Services, role, organisation, municipality);

    /// <summary>A plain client on the real port, with the key as a bearer token (or none).</summary>
    public HttpClient Client(string? key = null, bool headerKey = false)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (key is not null)
        {
            if (headerKey)
            {
                client.DefaultRequestHeaders.Add(ApiKeyAuthentication.HeaderName, key);
            }
            else
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            }
        }

        return client;
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();

    private static async Task<string> IssueKeyAsync(IServiceProvider services, string role, Guid organisation, string? municipality)
    {
        await using var scope = services.CreateAsyncScope();
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<ApiKeyStore>()
            .IssueAsync(Administrator, $"test-{role}-{Guid.NewGuid():N}"[..40], role, organisation, municipality);
        return secret;
    }
}
