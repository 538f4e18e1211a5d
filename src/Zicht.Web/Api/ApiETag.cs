using Microsoft.Net.Http.Headers;

namespace Zicht.Web.Api;

/// <summary>Optimistic concurrency over HTTP: a record's version is its entity tag; an update must send it back in If-Match.</summary>
internal static class ApiETag
{
    public static string Of(int version) => $"\"{version}\"";

    public static void Set(HttpContext http, int version) => http.Response.Headers.ETag = Of(version);

    /// <summary>The version If-Match names, or null when the header is missing or is not one of our tags.</summary>
    public static int? Expected(HttpRequest request)
    {
        var tags = request.GetTypedHeaders().IfMatch;
        if (tags is not [var tag] || tag.Equals(EntityTagHeaderValue.Any))
        {
            return null;
        }

        var text = tag.Tag.Value?.Trim('"');
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Required() =>
        Microsoft.AspNetCore.Http.TypedResults.Problem(
            statusCode: StatusCodes.Status428PreconditionRequired,
            title: "Precondition Required",
            detail: "Send the version you read as If-Match (the ETag of the GET), so a change made by someone else in the meantime is not overwritten.");
}
