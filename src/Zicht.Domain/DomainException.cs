namespace Zicht.Domain;

/// <summary>A rule of the domain was broken; the message says which and why.</summary>
public sealed class DomainException(string message) : Exception(message);
