using System.Globalization;
using Zicht.Domain.CodeLists;

namespace Zicht.Domain.Registry;

/// <summary>A broken rule on one field, for field-level validation messages; <see cref="Dutch"/> is the same message in Dutch.</summary>
public sealed record FieldError(string Field, string Message, string? Dutch = null)
{
    /// <summary>The message in the culture's language (Dutch for any "nl" culture, where a Dutch text is given).</summary>
    public string MessageIn(CultureInfo culture) => CodeList.IsDutch(culture) && Dutch is not null ? Dutch : Message;
}
