using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Zicht.Domain;
using Zicht.Domain.Registry;

namespace Zicht.Web.Api;

/// <summary>
/// The API's errors as RFC 9457 problem details. Field errors carry the JSON name of the field (camelCase), "" for
/// the request as a whole, like the forms' messages beside their fields.
/// </summary>
internal static class ApiProblems
{
    /// <summary>The language of messages: Dutch when the caller asks for it (Accept-Language: nl), else English.</summary>
    public static CultureInfo Culture(HttpContext http) =>
        http.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault() is { } first
        && first.Value.Value?.StartsWith("nl", StringComparison.OrdinalIgnoreCase) == true
            ? CultureInfo.GetCultureInfo("nl-NL")
            : CultureInfo.GetCultureInfo("en-GB");

    public static string JsonName(string field) =>
        field.Length == 0 ? "" : char.ToLowerInvariant(field[0]) + field[1..];

    public static ValidationProblem Invalid(HttpContext http, IEnumerable<FieldError> errors)
    {
        var culture = Culture(http);
        var byField = errors.GroupBy(e => JsonName(e.Field))
            .ToDictionary(g => g.Key, g => g.Select(e => Sentence(e.MessageIn(culture))).ToArray(), StringComparer.Ordinal);
        return TypedResults.ValidationProblem(byField, title: CodeTitle(culture), type: "https://tools.ietf.org/html/rfc9110#section-15.5.1");
    }

    public static ValidationProblem Invalid(HttpContext http, string field, string english, string dutch) =>
        Invalid(http, [new FieldError(field, english, dutch)]);

    /// <summary>A broken domain rule as a field error on <paramref name="field"/>, in the caller's language.</summary>
    public static ValidationProblem Invalid(HttpContext http, string field, DomainException rule) =>
        Invalid(http, field, rule.Message, rule.Dutch ?? rule.Message);

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: $"There is no {what} with this id (or none you may see).");

    public static ProblemHttpResult OutsideScope(Guid caseId) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Outside your scope",
            detail: "This case lies outside your scope. To open it anyway, break the glass with a stated reason (written to the audit trail).",
            extensions: new Dictionary<string, object?> { ["breakGlass"] = $"/api/v1/cases/{caseId}/break-glass" });

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);

    public static ProblemHttpResult Conflict(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail, extensions: extensions);

    private static string CodeTitle(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "nl" ? "Een of meer velden zijn niet goed ingevuld." : "One or more fields are not valid.";

    private static string Sentence(string s) => s.Length == 0 ? s : char.ToUpper(s[0], CultureInfo.InvariantCulture) + s[1..];
}
