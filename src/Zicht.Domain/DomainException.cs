using System.Globalization;
using Zicht.Domain.CodeLists;

namespace Zicht.Domain;

/// <summary>
/// A rule of the domain was broken; the message says which and why. <see cref="Exception.Message"/> stays English
/// (logs, and the API reads field names from its words); <see cref="Dutch"/> is the same message for Dutch users.
/// </summary>
public sealed class DomainException(string message, string? dutch = null) : Exception(message)
{
    public string? Dutch { get; } = dutch;

    /// <summary>The message in the culture's language (Dutch for any "nl" culture, where a Dutch text is given).</summary>
    public string MessageIn(CultureInfo culture) => CodeList.IsDutch(culture) && Dutch is not null ? Dutch : Message;
}
