namespace Zicht.Domain.Registry;

/// <summary>The human behind one or more signals, after linkage; identified only inside the registry.</summary>
public sealed class Person
{
    private Person()
    {
        Pseudonym = "";
    }

    public Person(Guid id, string pseudonym, PersonIdentity identity, Gender gender, string? nationality, DateOnly firstSignalDate)
    {
        if (string.IsNullOrWhiteSpace(pseudonym))
        {
            throw new DomainException("A person needs a pseudonym.", "Een persoon heeft een pseudoniem nodig.");
        }

        Id = id;
        Pseudonym = pseudonym;
        Gender = gender;
        Nationality = nationality is null ? null : Countries.Require(nationality, nameof(Nationality));
        FirstSignalDate = firstSignalDate;
        SetIdentity(identity);
    }

    public Guid Id { get; private set; }

    /// <summary>Keyed hash of the normalised identifiers at first registration; stays stable through later corrections.</summary>
    public string Pseudonym { get; private set; }

    public string? GivenName { get; private set; }
    public string? FamilyName { get; private set; }
    public DateOnly? DateOfBirth { get; private set; }
    public string? DocumentNumber { get; private set; }
    public Gender Gender { get; private set; }
    public string? Nationality { get; private set; }
    public DateOnly FirstSignalDate { get; private set; }
    public DateTimeOffset? ErasedAt { get; private set; }

    /// <summary>
    /// Set when linkage found this person to be another: everything attached here then counts for that person.
    /// A pointer, not a move, so a merge is undone by clearing it.
    /// </summary>
    public Guid? MergedIntoId { get; private set; }

    /// <summary>Optimistic concurrency: every change increments it, and a stale write fails.</summary>
    public int Version { get; private set; }

    public PersonIdentity Identity => new(GivenName, FamilyName, DateOfBirth, DocumentNumber);

    public bool IsErased => ErasedAt is not null;

    public void CorrectIdentity(PersonIdentity identity)
    {
        if (IsErased)
        {
            throw new DomainException("The identifying data of this person was erased; it cannot be corrected.", "De identificerende gegevens van deze persoon zijn gewist; ze kunnen niet worden gecorrigeerd.");
        }

        SetIdentity(identity);
        Touch();
    }

    /// <summary>Erasure: the identifying data goes, the pseudonymised history stays counted.</summary>
    public void Erase(DateTimeOffset at)
    {
        GivenName = null;
        FamilyName = null;
        DateOfBirth = null;
        DocumentNumber = null;
        ErasedAt = at;
        Touch();
    }

    /// <summary>
    /// Before a person is first stored, a pseudonym already held by someone else (two people with the same
    /// identifiers) is replaced by the next one in the keyed sequence; afterwards it never changes.
    /// </summary>
    public void ResolvePseudonymCollision(string alternative)
    {
        if (Version != 0)
        {
            throw new DomainException("A stored person's pseudonym is stable and cannot change.", "Het pseudoniem van een opgeslagen persoon staat vast en kan niet veranderen.");
        }

        Pseudonym = alternative;
    }

    public void MergeInto(Guid keptId)
    {
        if (keptId == Id)
        {
            throw new DomainException("A person cannot be merged into themselves.", "Een persoon kan niet met zichzelf worden samengevoegd.");
        }

        if (MergedIntoId is not null && MergedIntoId != keptId)
        {
            throw new DomainException("This person was already merged into another; merge that one instead.", "Deze persoon is al met een ander samengevoegd; voeg die andere persoon samen.");
        }

        MergedIntoId = keptId;
        Touch();
    }

    public void Unmerge()
    {
        MergedIntoId = null;
        Touch();
    }

    public void Touch() => Version++;

    private void SetIdentity(PersonIdentity identity)
    {
        GivenName = string.IsNullOrWhiteSpace(identity.GivenName) ? null : identity.GivenName.Trim();
        FamilyName = string.IsNullOrWhiteSpace(identity.FamilyName) ? null : identity.FamilyName.Trim();
        DateOfBirth = identity.DateOfBirth;
        DocumentNumber = string.IsNullOrWhiteSpace(identity.DocumentNumber) ? null : identity.DocumentNumber.Trim();
    }
}
