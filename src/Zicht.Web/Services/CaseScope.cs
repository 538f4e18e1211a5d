using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Domain.Audit;
using Zicht.Domain.Registry;
using Zicht.Web.Hosting;
using Zicht.Web.Identity;

namespace Zicht.Web.Services;

/// <summary>
/// Which cases a user may open: case workers see the cases of their municipality (or all, at the national
/// registration centre); anything else takes a break-the-glass, which is itself the audit entry that grants it.
/// </summary>
public sealed class CaseScope(TimeProvider clock, IOptions<ZichtWebOptions> options)
{
    public TimeSpan BreakGlassWindow => TimeSpan.FromMinutes(options.Value.BreakGlassMinutes);

    public IQueryable<Case> InScope(IQueryable<Case> cases, Actor actor)
    {
        if (!actor.IsIn(Roles.CaseWorker))
        {
            return cases.Where(_ => false);
        }

        return actor.MunicipalityCode is { } m ? cases.Where(c => c.MunicipalityCode == m) : cases;
    }

    public bool IsInScope(Actor actor, Case c) =>
        actor.IsIn(Roles.CaseWorker) && (actor.MunicipalityCode is null || c.MunicipalityCode == actor.MunicipalityCode);

    public async Task<CaseAccess> AccessAsync(ZichtDbContext db, Actor actor, Case? c, CancellationToken ct = default)
    {
        if (!actor.IsIn(Roles.CaseWorker))
        {
            return CaseAccess.Refused;
        }

        if (c is null)
        {
            return CaseAccess.NotFound;
        }

        if (IsInScope(actor, c))
        {
            return CaseAccess.InScope;
        }

        var id = c.Id.ToString("N");
        var grants = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.BreakTheGlass && e.EntityType == nameof(Case) && e.EntityId == id && e.Actor == actor.AuditName)
            .Select(e => e.At)
            .ToListAsync(ct);
        var since = clock.GetUtcNow() - BreakGlassWindow;
        return grants.Any(at => at >= since) ? CaseAccess.BrokenGlass : CaseAccess.NeedsBreakGlass;
    }
}
