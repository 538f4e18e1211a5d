using Microsoft.EntityFrameworkCore;
using Zicht.Domain.Registry;
using Zicht.Web.Services;

namespace Zicht.Web.Api;

/// <summary>Checks of a request against the registry that several resources make before they call a service.</summary>
internal static class ApiChecks
{
    /// <summary>A field error when <paramref name="organisationId"/> names no organisation (else the foreign key would fail the write).</summary>
    public static async Task<FieldError?> UnknownOrganisationAsync(RegistryWork registry, Guid? organisationId, string field, CancellationToken ct) =>
        organisationId is { } id && !await registry.ReadAsync(db => db.Organisations.AnyAsync(o => o.Id == id, ct))
            ? new FieldError(field, "no organisation has this id.", "geen organisatie heeft dit id.")
            : null;
}
