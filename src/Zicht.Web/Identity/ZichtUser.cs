using Microsoft.AspNetCore.Identity;

namespace Zicht.Web.Identity;

/// <summary>A user of the registry; roles say what they may do, the organisation and municipality say over whom.</summary>
public sealed class ZichtUser : IdentityUser
{
    /// <summary>The partner organisation the user works for (the scope of a signaller).</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>The municipality the user's work is limited to (a municipality user; a regional case worker).</summary>
    public string? MunicipalityCode { get; set; }

    public string DisplayName { get; set; } = "";
}
