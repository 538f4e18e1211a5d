using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Zicht.Web.Identity;

namespace Zicht.Web.Api;

/// <summary>
/// The registry API under /api/v1: API-key authentication, JSON in camelCase with codes as strings, problem
/// details for every error, a rate limit per key, and the OpenAPI document with its offline reference page.
/// </summary>
public static class ZichtApi
{
    public const string RateLimit = "api";
    public const string Prefix = "/api/v1";

    public static IServiceCollection AddZichtApi(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions();
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.Section));
        services.AddScoped<ApiKeyStore>();
        services.AddSingleton<ApiKeyCache>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, _ => { });
        services.AddAuthorization(ApiPolicies.Add);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            // A misspelt field is an error, not a silently dropped value.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(RateLimit, http => RateLimitPartition.GetFixedWindowLimiter(Partition(http), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, options.RequestsPerMinute),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too Many Requests",
                        detail: $"This API key made more than {options.RequestsPerMinute} calls in a minute; wait as Retry-After says.").ExecuteAsync(http);
                }
            };
        });
        ApiReference.AddOpenApiDocument(services);
        return services;
    }

    public static WebApplication MapZichtApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix)
            .RequireRateLimiting(RateLimit)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        SignalsApi.Map(api);
        CasesApi.Map(api);
        AssessmentsApi.Map(api);
        ReferralsApi.Map(api);
        HelpApi.Map(api);
        VictimisationsApi.Map(api);
        SuspectsApi.Map(api);
        CriminalJusticeApi.Map(api);

        // Anything else under /api is a problem document too, never the HTML error page or a sign-in redirect.
        app.MapFallback("/api/{**path}", () => ApiProblems.NotFound("resource at this address"))
            .RequireAuthorization(ApiPolicies.AnyKey)
            .RequireRateLimiting(RateLimit)
            .ExcludeFromDescription();
        ApiReference.Map(app);
        return app;
    }

    /// <summary>One rate-limit bucket per key presented (by its hash: the key itself stays out of memory dumps), else per address.</summary>
    private static string Partition(HttpContext http) =>
        ApiKeyAuthentication.Presented(http.Request) is { Length: > 0 } key
            ? "key:" + ApiKeyStore.HashOf(key)
            : "ip:" + http.Connection.RemoteIpAddress;
}
