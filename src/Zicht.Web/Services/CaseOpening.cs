using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Domain.Audit;
using Zicht.Domain.Registry;

namespace Zicht.Web.Services;

/// <summary>
/// Opening a case to show its identifying data: the scope check (break the glass included), the load, and the view
/// written to the audit trail, in that order, so nothing is shown that was not allowed and audited.
/// </summary>
public static class CaseOpening
{
    /// <summary>What <paramref name="load"/> reads when the user may open the case, with the access; null with the reason otherwise.</summary>
    /// <param name="purpose">Why the case is opened, for the audit entry (null: the case page itself).</param>
    public static async Task<(TView? View, CaseAccess Access)> OpenAsync<TView>(
        RegistryWork registry, CaseScope scope, Actor actor, Guid caseId, Func<ZichtDbContext, Case, CaseAccess, Task<TView>> load,
        Func<TView, Guid> personOf, string? purpose, CancellationToken ct)
        where TView : class
    {
        var (view, access) = await registry.ReadAsync(async db =>
        {
            var c = await db.Cases.SingleOrDefaultAsync(x => x.Id == caseId, ct);
            var access = await scope.AccessAsync(db, actor, c, ct);
            return access is CaseAccess.InScope or CaseAccess.BrokenGlass ? (await load(db, c!, access), access) : ((TView?)null, access);
        });
        if (view is not null)
        {
            var reason = access == CaseAccess.BrokenGlass
                ? (purpose is null ? "opened under break the glass" : $"{purpose}, under break the glass")
                : purpose;
            await registry.AuditAsync(actor, AuditAction.View, nameof(Case), caseId, personOf(view), reason, ct);
        }

        return (view, access);
    }
}
