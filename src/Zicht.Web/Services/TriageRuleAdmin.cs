using Microsoft.EntityFrameworkCore;
using Zicht.Domain;
using Zicht.Domain.Audit;
using Zicht.Domain.Triage;
using Zicht.Web.Identity;

namespace Zicht.Web.Services;

/// <summary>Administrators read and change the triage rules; every change is audited and guarded by the rule's version.</summary>
public sealed class TriageRuleAdmin(RegistryWork registry)
{
    public Task<IReadOnlyList<TriageRule>> AllAsync() =>
        registry.ReadAsync<IReadOnlyList<TriageRule>>(async db => await db.TriageRules.OrderBy(r => r.Order).ThenBy(r => r.Name).ToListAsync());

    public Task<TriageRule?> FindAsync(Guid id) => registry.ReadAsync(db => db.TriageRules.SingleOrDefaultAsync(r => r.Id == id));

    /// <summary>Creates (id null) or changes a rule; false when someone else changed it since <paramref name="expectedVersion"/>.</summary>
    public async Task<bool> SaveAsync(Actor actor, Guid? id, int expectedVersion, string name, int order, TriageMatch match, IReadOnlyCollection<Vulnerability> when, Priority priority, IReadOnlyCollection<HelpType> recommend, bool enabled)
    {
        if (!actor.IsIn(Roles.Admin))
        {
            throw new UnauthorizedAccessException("Only administrators change triage rules.");
        }

        try
        {
            return await registry.WriteAsync(async (db, audit) =>
            {
                if (id is null)
                {
                    var rule = new TriageRule(Guid.NewGuid(), name, order, match, when, priority, recommend, enabled);
                    db.TriageRules.Add(rule);
                    audit.Add(actor, AuditAction.Create, nameof(TriageRule), rule.Id);
                    return true;
                }

                var existing = await db.TriageRules.SingleOrDefaultAsync(r => r.Id == id) ?? throw new DomainException("No such rule.", "Deze regel bestaat niet.");
                if (existing.Version != expectedVersion)
                {
                    return false;
                }

                db.Entry(existing).Property(r => r.Version).OriginalValue = expectedVersion;
                existing.Change(name, order, match, when, priority, recommend, enabled);
                audit.Add(actor, AuditAction.Update, nameof(TriageRule), existing.Id);
                return true;
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
