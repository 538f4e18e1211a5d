namespace Zicht.Web.Identity;

/// <summary>
/// A key a partner system calls the API with, issued by an administrator to one organisation and one role. Only
/// the SHA-256 of the secret is stored: the secret is shown once, at issue, and cannot be read back.
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }

    /// <summary>The administrator's name for the key (the partner system); unique, and the audit trail's actor is <c>api:Name</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>Hex SHA-256 of the whole key text; the lookup at every call.</summary>
    public string Hash { get; set; } = "";

    /// <summary>The key's first characters, so an administrator can tell keys apart without the secret.</summary>
    public string Prefix { get; set; } = "";

    public string Role { get; set; } = "";

    public Guid OrganisationId { get; set; }

    /// <summary>Limits a case worker's key to the cases of one municipality, as a user's municipality does.</summary>
    public string? MunicipalityCode { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>Updated at most once a minute, so a busy key does not write at every call.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>The actor name of the key in the audit trail; user names cannot hold ':', so it never names a user.</summary>
    public string ActorName => "api:" + Name;
}
