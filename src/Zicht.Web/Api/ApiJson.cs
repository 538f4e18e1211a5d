using System.Text.Json;
using Microsoft.Extensions.Options;
using Zicht.Domain.Registry;

namespace Zicht.Web.Api;

/// <summary>
/// Reads a request body with the API's JSON settings and turns what cannot be read (a wrong type, an unknown
/// code, a field that does not exist) into a field error on that field, instead of a bare 400.
/// </summary>
internal static class ApiJson
{
    public static async Task<(T? Body, FieldError? Error)> ReadAsync<T>(HttpRequest request) where T : class
    {
        if (request.HasJsonContentType() is false)
        {
            return (null, new FieldError("", "send the body as JSON (Content-Type: application/json).", "stuur de inhoud als JSON (Content-Type: application/json)."));
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, options, request.HttpContext.RequestAborted);
            return body is null
                ? (null, new FieldError("", "the body is empty; send a JSON object.", "de inhoud is leeg; stuur een JSON-object."))
                : (body, null);
        }
        catch (JsonException e)
        {
            // The message names .NET types; the path names the field the caller wrote, which is what they can fix.
            var field = FieldOf(e.Path);
            return (null, new FieldError(field,
                field.Length == 0 ? "the body is not a valid JSON object of this request." : "this value has the wrong type or is not one of the allowed codes.",
                field.Length == 0 ? "de inhoud is geen geldig JSON-object voor dit verzoek." : "deze waarde heeft het verkeerde type of is geen van de toegestane codes."));
        }
    }

    /// <summary>"$.forms[1]" → "forms"; "$" or null → "".</summary>
    internal static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return "";
        }

        var name = path[2..];
        var end = name.IndexOfAny(['.', '[']);
        return end < 0 ? name : name[..end];
    }
}
