namespace Zicht.Web.Hosting;

/// <summary>A strict Content-Security-Policy (no inline script or style) and the usual security headers, on every response.</summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var h = context.Response.Headers;
        h.ContentSecurityPolicy = ContentSecurityPolicy;
        if (context.Request.Path.StartsWithSegments(Api.ApiReference.Page, StringComparison.OrdinalIgnoreCase))
        {
            // Only the API reference page relaxes the policy, and only as far as its script needs (see ApiReference).
            context.Response.OnStarting(() =>
            {
                h.ContentSecurityPolicy = Api.ApiReference.ContentSecurityPolicy(context);
                return Task.CompletedTask;
            });
        }

        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "no-referrer";
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        h["Cross-Origin-Resource-Policy"] = "same-origin";
        if (!IsStaticAsset(context.Request.Path))
        {
            // Pages may hold identifying data: never keep them in a shared or browser cache.
            h.CacheControl = "no-cache, no-store";
            h.Pragma = "no-cache";
        }

        return next(context);
    }

    /// <summary>Our stylesheets, the shipped NL Design System files and images: no data, so they may be cached.</summary>
    private static bool IsStaticAsset(PathString path) =>
        path.StartsWithSegments("/css", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/lib", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/img", StringComparison.OrdinalIgnoreCase);
}
