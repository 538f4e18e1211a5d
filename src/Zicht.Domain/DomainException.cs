using System.Globalization;
using Zicht.Domain.CodeLists;

namespace Zicht.Domain;

/// <summary>
/// A rule of the domain was broken; the message says which and why. <see cref="Exception.Message"/> stays English
/// (logs); <see cref="Dutch"/> is the same message for Dutch users; <see cref="Field"/> names the property the rule
/// is about, where it is about one, so a form or the API can put the message beside that field.
/// </summary>
public sealed class DomainException(string message, string? dutch = null, string? field = null) : Exception(message)
{
    public string? Dutch { get; } = dutch;

    public string? Field { get; } = field;

    /// <summary>The message in the culture's language (Dutch for any "nl" culture, where a Dutch text is given).</summary>
    public string MessageIn(CultureInfo culture) => CodeList.IsDutch(culture) && Dutch is not null ? Dutch : Message;
}
