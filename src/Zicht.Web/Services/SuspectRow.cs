namespace Zicht.Web.Services;

/// <summary>One line of the suspect list: pseudonym, registration and how many victims.</summary>
public sealed record SuspectRow(Guid Id, string Pseudonym, DateOnly RegisteredOn, int Victims, bool AlsoVictim);
