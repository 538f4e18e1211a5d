namespace Zicht.Web.Identity;

/// <summary>Why an external sign-in is refused; the sign-in page says so in the user's language.</summary>
public enum ExternalLoginRefusal
{
    /// <summary>The provider sent no subject (<c>sub</c>): the person cannot be recognised at the next sign-in.</summary>
    NoSubject,

    /// <summary>No role claim at all.</summary>
    NoRole,

    /// <summary>Role claims, but none of them a Zicht role.</summary>
    UnknownRole,

    /// <summary>No organisation claim.</summary>
    NoOrganisation,

    /// <summary>An organisation claim that names no organisation of the registry.</summary>
    UnknownOrganisation,

    /// <summary>The Municipality role without a municipality (neither a claim nor the organisation's own).</summary>
    NoMunicipality,

    /// <summary>A municipality claim that is no current CBS municipality code.</summary>
    UnknownMunicipality,

    /// <summary>The user name is already a local account's, which an external sign-in may not take over.</summary>
    UserNameTaken,

    /// <summary>Identity refused the account (for example characters it does not allow in a user name).</summary>
    AccountRejected,
}

/// <summary>Who the provider says the user is, in Zicht's terms: roles and scope.</summary>
public sealed record ExternalUser(
    string Provider,
    string Subject,
    string UserName,
    string DisplayName,
    IReadOnlyList<string> Roles,
    Guid OrganisationId,
    string? MunicipalityCode);

/// <summary>The outcome of mapping an external sign-in: the user, or why not (with the offending value, if any).</summary>
public sealed record ExternalLoginMapping(ExternalUser? User, ExternalLoginRefusal? Refusal, string? Value = null)
{
    public bool Accepted => User is not null;

    public static ExternalLoginMapping Accept(ExternalUser user) => new(user, null);

    public static ExternalLoginMapping Refuse(ExternalLoginRefusal why, string? value = null) => new(null, why, value);
}
