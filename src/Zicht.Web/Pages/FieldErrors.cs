using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Zicht.Web.Pages;

/// <summary>Renders the message beside a field (NL Design System form-field error message), encoded.</summary>
public static class FieldErrors
{
    public static IHtmlContent FieldError(this IHtmlHelper html, IReadOnlyDictionary<string, string> errors, string field)
    {
        if (!errors.TryGetValue(field, out var message))
        {
            return HtmlString.Empty;
        }

        var id = field.Length == 0 ? "form-error" : field + "-error";
        return new HtmlString($"<p class=\"utrecht-form-field-error-message\" id=\"{HtmlEncoder.Default.Encode(id)}\">{HtmlEncoder.Default.Encode(message)}</p>");
    }

    /// <summary>aria-describedby and aria-invalid for a field with an error.</summary>
    public static IHtmlContent Invalid(this IHtmlHelper html, IReadOnlyDictionary<string, string> errors, string field) =>
        errors.ContainsKey(field)
            ? new HtmlString($"aria-invalid=\"true\" aria-describedby=\"{HtmlEncoder.Default.Encode(field)}-error\"")
            : HtmlString.Empty;
}
