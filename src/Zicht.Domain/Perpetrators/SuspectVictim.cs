namespace Zicht.Domain.Perpetrators;

/// <summary>Links a suspect to one of the persons they are suspected of exploiting.</summary>
public sealed record SuspectVictim(Guid SuspectId, Guid PersonId);
