using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Zicht.Web.Api;

/// <summary>
/// The OpenAPI document at /openapi/v1.json and the API reference page (Scalar) at /api/reference, both open
/// without signing in: they describe the API and hold no data. Scalar's script is served from the package
/// itself, never from a CDN, and without its web fonts, so the page works offline.
/// </summary>
public static class ApiReference
{
    public const string DocumentName = "v1";
    public const string Page = "/api/reference";

    internal static void AddOpenApiDocument(IServiceCollection services) =>
        services.AddOpenApi(DocumentName, o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true || d.RelativePath == "api/v1";
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Zicht registry API",
                    Version = "v1",
                    Description = "Signals, cases, assessments, referrals and suspects, with the same rules, scopes and audit as the web pages. " +
                        "Authenticate with an API key issued by an administrator (Authorization: Bearer zk_… or X-Api-Key: zk_…). " +
                        "Errors are RFC 9457 problem details; field errors are under 'errors', by the field's JSON name.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    ["apiKey"] = new OpenApiSecurityScheme { Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = Identity.ApiKeyAuthentication.HeaderName, Description = "An API key (zk_…)." },
                    ["bearer"] = new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "The same API key as a bearer token." },
                };
                document.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("apiKey", document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] },
                ];
                return Task.CompletedTask;
            });
        });

    internal static void Map(WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference(Page, o => o
                .WithTitle("Zicht registry API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .AddDocument(DocumentName)
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .WithNonce())
            .AllowAnonymous();
    }

    /// <summary>
    /// The reference page's policy: scripts only from this server, and the page's one inline start-up script by
    /// its per-request nonce; inline styles, because Scalar's components set styles at run time (no data on this
    /// page, so an injected style can read nothing); data: images for its icons. Nothing from another origin.
    /// </summary>
    public static string ContentSecurityPolicy(HttpContext context)
    {
        var nonce = context.Items[ScalarOptions.NonceHttpContextItemKey] as string;
        var script = nonce is null ? "'self'" : $"'self' 'nonce-{nonce}'";
        return $"default-src 'none'; script-src {script}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
            "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    }
}
