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
        return new HtmlString($"<p class=\"utrecht-form-field-error-message utrecht-form-field__error-message\" id=\"{HtmlEncoder.Default.Encode(id)}\">{HtmlEncoder.Default.Encode(message)}</p>");
    }

    /// <summary>The form field's classes: with the invalid modifier (a bar beside the field) when it has an error.</summary>
    public static string FieldClass(this IHtmlHelper html, IReadOnlyDictionary<string, string> errors, string field) =>
        errors.ContainsKey(field) ? "utrecht-form-field utrecht-form-field--invalid" : "utrecht-form-field";

    /// <summary>A field's description (NL Design System form-field description), to be named by <see cref="Described"/>.</summary>
    public static IHtmlContent FieldDescription(this IHtmlHelper html, string field, string text) =>
        new HtmlString($"<p class=\"utrecht-form-field-description utrecht-form-field__description\" id=\"{HtmlEncoder.Default.Encode(field)}-description\">{HtmlEncoder.Default.Encode(text)}</p>");

    /// <summary>aria-describedby naming the field's description and, when it has one, its error (then also aria-invalid).</summary>
    public static IHtmlContent Described(this IHtmlHelper html, IReadOnlyDictionary<string, string> errors, string field)
    {
        var id = HtmlEncoder.Default.Encode(field);
        return errors.ContainsKey(field)
            ? new HtmlString($"aria-invalid=\"true\" aria-describedby=\"{id}-description {id}-error\"")
            : new HtmlString($"aria-describedby=\"{id}-description\"");
    }

    /// <summary>aria-describedby and aria-invalid for a field with an error.</summary>
    public static IHtmlContent Invalid(this IHtmlHelper html, IReadOnlyDictionary<string, string> errors, string field) =>
        errors.ContainsKey(field)
            ? new HtmlString($"aria-invalid=\"true\" aria-describedby=\"{HtmlEncoder.Default.Encode(field)}-error\"")
            : HtmlString.Empty;
}
