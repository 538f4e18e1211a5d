using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Domain.Organisations;
using Zicht.Web.Identity;

namespace Zicht.Web.Tests;

/// <summary>
/// The authorisation walk of the API, beside the pages' walk in <see cref="AuthorisationTests"/>: every /api/v1
/// endpoint with a key of each role, without a key, and with a signed-in user's cookie.
/// </summary>
public sealed class ApiAuthorisationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string S = Roles.Signaller;
    private const string C = Roles.CaseWorker;

    [Fact]
    public async Task Every_api_endpoint_admits_exactly_the_key_roles_that_may_use_it_and_never_a_cookie()
    {
        Guid signal, caseId, suspect;
        await using (var db = host.Database.CreateContext())
        {
            var police = Synthetic.SyntheticOrganisations.All.First(o => o.Type == OrganisationType.Police && o.MunicipalityCode == "GM0363").Id;
            signal = await db.Signals.Where(s => s.OrganisationId == police).Select(s => s.Id).FirstAsync();
            caseId = await db.Cases.Select(x => x.Id).FirstAsync();
            suspect = await db.Suspects.Select(s => s.Id).FirstAsync();
        }

        var keys = new Dictionary<string, string?>
        {
            [S] = await ApiFixture.IssueAsync(host.Factory, S, ApiFixture.Police),
            [C] = await ApiFixture.IssueAsync(host.Factory, C, ApiFixture.Centre),
            ["no key"] = null,
        };
        // Bodies are empty objects: an admitted call fails validation (400) or a precondition (428) and changes nothing.
        (string Method, string Path, string[] Allowed)[] endpoints =
        [
            ("POST", "/api/v1/signals", [S]),
            ("GET", "/api/v1/signals", [S]),
            ("GET", $"/api/v1/signals/{signal}", [S]),
            ("GET", "/api/v1/cases", [C]),
            ("GET", $"/api/v1/cases/{caseId}", [C]),
            ("PUT", $"/api/v1/cases/{caseId}", [C]),
            ("PUT", $"/api/v1/cases/{caseId}/identity", [C]),
            ("POST", $"/api/v1/cases/{caseId}/break-glass", [C]),
            ("POST", "/api/v1/assessments", [C]),
            ("POST", "/api/v1/referrals", [C]),
            ("GET", $"/api/v1/referrals?caseId={caseId}", [C]),
            ("GET", "/api/v1/referrals/overdue", [C]),
            ("POST", $"/api/v1/referrals/{Guid.NewGuid()}/answer", [C]),
            ("GET", "/api/v1/suspects", [C]),
            ("GET", $"/api/v1/suspects/{suspect}", [C]),
            ("POST", "/api/v1/suspects", [C]),
            ("POST", $"/api/v1/suspects/{suspect}/victims", [C]),
            ("POST", "/api/v1/help", [C]),
            ("GET", $"/api/v1/help?caseId={caseId}", [C]),
            ("POST", $"/api/v1/help/{Guid.NewGuid()}/end", [C]),
            ("POST", "/api/v1/victimisations", [C]),
            ("GET", $"/api/v1/victimisations?caseId={caseId}", [C]),
            // Every field of these two is optional, so an empty body would register one: an unknown suspect (404) keeps the walk harmless.
            ("POST", $"/api/v1/suspects/{Guid.NewGuid()}/prosecutions", [C]),
            ("POST", $"/api/v1/suspects/{suspect}/prosecutions/{Guid.NewGuid()}/decision", [C]),
            ("POST", $"/api/v1/suspects/{suspect}/prosecutions/{Guid.NewGuid()}/verdict", [C]),
            ("POST", $"/api/v1/suspects/{suspect}/verdicts/{Guid.NewGuid()}/sentences", [C]),
            ("POST", $"/api/v1/suspects/{Guid.NewGuid()}/supervisions", [C]),
            ("POST", $"/api/v1/suspects/{suspect}/supervisions/{Guid.NewGuid()}/end", [C]),
            ("POST", $"/api/v1/suspects/{suspect}/reoffences", [C]),
        ];

        // The walk covers every endpoint the API maps: a new one that is not walked fails here.
        var unwalked = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Where(route => !endpoints.Any(w => Walks(route, w.Method, w.Path)))
            .ToList();
        Assert.Empty(unwalked);

        var wrong = new List<string>();
        using var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var cookie = await WebSession.SignedInAsync(host.Factory, "casemanager");
        foreach (var (method, path, allowed) in endpoints)
        {
            foreach (var (role, key) in keys)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method != "GET")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                if (key is not null)
                {
                    request.Headers.Authorization = new("Bearer", key);
                }

                using var response = await client.SendAsync(request);
                var expected = key is null ? HttpStatusCode.Unauthorized : allowed.Contains(role) ? (HttpStatusCode?)null : HttpStatusCode.Forbidden;
                var ok = expected is { } refusal
                    ? response.StatusCode == refusal
                    : response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.Redirect) && (int)response.StatusCode < 500;
                if (!ok)
                {
                    wrong.Add($"{role}: {method} {path} gave {(int)response.StatusCode}, expected {(expected is { } e ? ((int)e).ToString() : "admitted")}");
                }
            }

            if (method == "GET")
            {
                // A signed-in case worker's cookie is no API credential, not even for the case worker's own endpoints.
                var page = await cookie.GetAsync(path);
                if (page.Status != HttpStatusCode.Unauthorized)
                {
                    wrong.Add($"cookie: {method} {path} gave {(int)page.Status}, expected 401");
                }
            }
        }

        Assert.Empty(wrong);
    }

    /// <summary>Whether the walked call "POST /api/v1/help/0193…/end" is one of the route "POST /api/v1/help/{id:guid}/end".</summary>
    private static bool Walks(string route, string method, string path)
    {
        var (routeMethod, pattern) = (route[..route.IndexOf(' ', StringComparison.Ordinal)], route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        var expected = pattern.TrimEnd('/').Split('/');
        var walked = path.Split('?')[0].TrimEnd('/').Split('/');
        return routeMethod == method
            && expected.Length == walked.Length
            && expected.Zip(walked).All(p => p.First.StartsWith('{') || string.Equals(p.First, p.Second, StringComparison.Ordinal));
    }
}
