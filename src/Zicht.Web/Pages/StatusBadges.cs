using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Zicht.Domain.CodeLists;
using Zicht.Domain.Registry;
using Zicht.Domain.Triage;

namespace Zicht.Web.Pages;

/// <summary>
/// A status as an NL Design System status badge: the label in the current language, with a colour that says
/// whether it needs attention. The colour only repeats what the text says (WCAG 1.4.1), so the text stays.
/// </summary>
public static class StatusBadges
{
    public static IHtmlContent StatusBadge<T>(this IHtmlHelper html, T value) where T : struct, Enum =>
        new HtmlString($"<span class=\"utrecht-status-badge utrecht-status-badge--{Variant(value)}\">{HtmlEncoder.Default.Encode(CodeList.Label(value))}</span>");

    public static IHtmlContent StatusBadge<T>(this IHtmlHelper html, T? value) where T : struct, Enum =>
        value is { } v ? html.StatusBadge(v) : new HtmlString("—");

    /// <summary>The badge's modifier; only those the design tokens give colours for (neutral, success, warning, danger).</summary>
    public static string Variant<T>(T value) where T : struct, Enum => (object)value switch
    {
        ReferralStatus.Requested => "warning",
        ReferralStatus.Accepted => "success",
        ReferralStatus.Declined => "danger",
        Priority.High => "warning",
        Priority.Urgent => "danger",
        CaseStatus.Active => "warning",
        CaseStatus.FollowUp => "success",
        _ => "neutral",
    };
}
