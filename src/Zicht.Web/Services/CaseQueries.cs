using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Domain.Audit;
using Zicht.Domain.Registry;
using Zicht.Domain.Triage;

namespace Zicht.Web.Services;

/// <summary>Reads cases within a user's scope; every read of a case's identifying data is audited.</summary>
public sealed class CaseQueries(RegistryWork registry, CaseScope scope)
{
    public const int PageSize = 50;

    public Task<IReadOnlyList<CaseRow>> ListAsync(Actor actor, CaseStatus? status, string? pseudonym, int page, CancellationToken ct = default) =>
        registry.ReadAsync<IReadOnlyList<CaseRow>>(async db =>
        {
            var cases = scope.InScope(db.Cases, actor);
            if (status is { } s)
            {
                cases = cases.Where(c => c.Status == s);
            }

            // A person merged into another is listed as that other person.
            var q = from c in cases
                    join p in db.Persons on c.PersonId equals p.Id
                    where p.MergedIntoId == null
                    select new { c, p.Pseudonym };
            if (!string.IsNullOrWhiteSpace(pseudonym))
            {
                var wanted = pseudonym.Trim().ToUpperInvariant();
                q = q.Where(x => x.Pseudonym == wanted);
            }

            var rows = await q.OrderByDescending(x => x.c.OpenedOn).ThenBy(x => x.c.Id)
                .Skip(Math.Max(0, page) * PageSize).Take(PageSize)
                .Select(x => new { x.c.Id, x.Pseudonym, x.c.Status, x.c.OpenedOn, x.c.MunicipalityCode })
                .ToListAsync(ct);
            var ids = rows.Select(r => r.Id).ToList();
            var assessments = await db.Assessments.Where(a => ids.Contains(a.CaseId)).Select(a => new { a.CaseId, a.AssessedOn, a.Priority }).ToListAsync(ct);
            var latest = assessments.GroupBy(a => a.CaseId).ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.AssessedOn).First().Priority);
            return rows.Select(r => new CaseRow(r.Id, r.Pseudonym, r.Status, r.OpenedOn, r.MunicipalityCode, latest.TryGetValue(r.Id, out var pr) ? pr : (Priority?)null)).ToList();
        });

    /// <summary>What the user may do with a case, without opening it.</summary>
    public Task<CaseAccess> AccessAsync(Actor actor, Guid caseId, CancellationToken ct = default) =>
        registry.ReadAsync(async db => await scope.AccessAsync(db, actor, await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, ct), ct));

    /// <summary>Opens a case the user may see, writing the view to the audit trail; null with the reason otherwise.</summary>
    public Task<(CaseView? View, CaseAccess Access)> OpenAsync(Actor actor, Guid caseId, CancellationToken ct = default) =>
        CaseOpening.OpenAsync(registry, scope, actor, caseId, (db, c, access) => LoadAsync(db, c, access, ct), v => v.Person.Id, purpose: null, ct);

    /// <summary>
    /// The case with everything of the persons merged into its person (a merge is a pointer, not a move, so the
    /// timeline gathers their signals, triage, referrals, help and follow-up too).
    /// </summary>
    private static async Task<CaseView> LoadAsync(ZichtDbContext db, Case c, CaseAccess access, CancellationToken ct)
    {
        // The person and those merged into it, with their cases: two queries for what the timeline gathers.
        var persons = await db.Persons.Where(p => p.Id == c.PersonId || p.MergedIntoId == c.PersonId).ToListAsync(ct);
        var person = persons.Single(p => p.Id == c.PersonId);
        var group = persons.Select(p => p.Id).ToList();
        var cases = await db.Cases.Where(x => group.Contains(x.PersonId)).Select(x => new { x.Id, x.PersonId }).ToListAsync(ct);
        var caseIds = cases.Select(x => x.Id).ToList();
        var merged = (from p in persons
                      where p.MergedIntoId == person.Id
                      join mc in cases on p.Id equals mc.PersonId
                      orderby p.Pseudonym
                      select new CaseRef(mc.Id, p.Pseudonym)).ToList();
        var signals = await db.Signals.Where(s => s.PersonId != null && group.Contains(s.PersonId.Value)).OrderBy(s => s.SignalDate).ToListAsync(ct);
        var assessments = await db.Assessments.Where(a => caseIds.Contains(a.CaseId)).OrderBy(a => a.AssessedOn).ToListAsync(ct);
        var referrals = await db.Referrals.Where(r => caseIds.Contains(r.CaseId)).OrderBy(r => r.ReferredOn).ToListAsync(ct);
        var help = await db.HelpEpisodes.Where(h => caseIds.Contains(h.CaseId)).OrderBy(h => h.StartedOn).ToListAsync(ct);
        var victimisations = await db.Victimisations.Where(v => group.Contains(v.PersonId)).OrderBy(v => v.OccurredOn).ToListAsync(ct);
        var suspects = await db.Suspects.Where(s => db.SuspectVictims.Any(sv => sv.SuspectId == s.Id && group.Contains(sv.PersonId))).OrderBy(s => s.RegisteredOn).ToListAsync(ct);
        var alsoSuspect = await db.Suspects.FirstOrDefaultAsync(s => s.PersonId == person.Id, ct);
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var mergedInto = person.MergedIntoId is { } keptId
            ? await (from p in db.Persons
                     where p.Id == keptId
                     join kc in db.Cases on p.Id equals kc.PersonId
                     select new CaseRef(kc.Id, p.Pseudonym)).FirstOrDefaultAsync(ct)
            : null;
        return new CaseView(c, person, access, signals, assessments, referrals, help, victimisations, suspects, alsoSuspect, organisations)
        {
            MergedInto = mergedInto,
            Merged = merged,
        };
    }
}
