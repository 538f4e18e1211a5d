using Microsoft.EntityFrameworkCore;
using Zicht.Domain.Registry;
using Zicht.Domain.Triage;

namespace Zicht.Web.Services;

/// <summary>The case worker's work lists, within scope: overdue referrals, and active cases still without help.</summary>
public sealed class WorkLists(RegistryWork registry, CaseScope scope, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<IReadOnlyList<OverdueReferral>> OverdueReferralsAsync(Actor actor, CancellationToken ct = default) =>
        registry.ReadAsync<IReadOnlyList<OverdueReferral>>(async db =>
        {
            var today = Today;
            var rows = await (from r in db.Referrals
                              join c in scope.InScope(db.Cases, actor) on r.CaseId equals c.Id
                              join p in db.Persons on c.PersonId equals p.Id
                              where r.Status == ReferralStatus.Requested && r.FollowUpBy < today
                              orderby r.FollowUpBy
                              select new OverdueReferral(c.Id, p.Pseudonym, r.HelpType, r.ReferredOn, r.FollowUpBy))
                .Take(500).ToListAsync(ct);
            return rows;
        });

    public Task<IReadOnlyList<CaseRow>> WithoutHelpAsync(Actor actor, int days, CancellationToken ct = default) =>
        registry.ReadAsync<IReadOnlyList<CaseRow>>(async db =>
        {
            var openedBefore = Today.AddDays(-Math.Max(0, days));
            var rows = await (from c in scope.InScope(db.Cases, actor)
                              join p in db.Persons on c.PersonId equals p.Id
                              where c.Status == CaseStatus.Active && c.OpenedOn <= openedBefore && p.MergedIntoId == null
                                    && !db.HelpEpisodes.Any(h => h.CaseId == c.Id)
                                    // Help recorded on the case of a person merged into this one counts too.
                                    && !db.HelpEpisodes.Any(h => db.Cases.Any(mc => mc.Id == h.CaseId && db.Persons.Any(m => m.Id == mc.PersonId && m.MergedIntoId == p.Id)))
                              orderby c.OpenedOn
                              select new CaseRow(c.Id, p.Pseudonym, c.Status, c.OpenedOn, c.MunicipalityCode, null))
                .Take(500).ToListAsync(ct);
            return rows;
        });
}
