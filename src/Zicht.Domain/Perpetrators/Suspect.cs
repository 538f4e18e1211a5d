using Zicht.Domain.Registry;

namespace Zicht.Domain.Perpetrators;

/// <summary>A person suspected of trafficking (verdachte), from the police registration on.</summary>
public sealed class Suspect
{
    private Suspect()
    {
        Pseudonym = "";
    }

    public Suspect(Guid id, string pseudonym, PersonIdentity identity, Gender gender, string? nationality, DateOnly registeredOn, Guid? personId = null)
    {
        Id = id;
        Pseudonym = pseudonym;
        GivenName = identity.GivenName;
        FamilyName = identity.FamilyName;
        DateOfBirth = identity.DateOfBirth;
        Gender = gender;
        Nationality = nationality is null ? null : Countries.Require(nationality, nameof(Nationality));
        RegisteredOn = registeredOn;
        PersonId = personId;
    }

    public Guid Id { get; private set; }
    public string Pseudonym { get; private set; }
    public string? GivenName { get; private set; }
    public string? FamilyName { get; private set; }
    public DateOnly? DateOfBirth { get; private set; }
    public Gender Gender { get; private set; }
    public string? Nationality { get; private set; }

    /// <summary>When the police registered the suspicion.</summary>
    public DateOnly RegisteredOn { get; private set; }

    /// <summary>Set when the suspect is also a registered (possible) victim: a person can be both.</summary>
    public Guid? PersonId { get; private set; }

    public List<SuspectVictim> Victims { get; private set; } = [];

    public void AddVictim(Guid personId)
    {
        if (personId == PersonId)
        {
            throw new DomainException("A suspect cannot be linked to themselves as victim.", "Een verdachte kan niet aan zichzelf als slachtoffer worden gekoppeld.");
        }

        if (Victims.All(v => v.PersonId != personId))
        {
            Victims.Add(new SuspectVictim(Id, personId));
        }
    }
}
