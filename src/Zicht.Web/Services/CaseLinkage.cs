using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Data.Linking;
using Zicht.Domain;
using Zicht.Domain.Audit;
using Zicht.Domain.Registry;

namespace Zicht.Web.Services;

/// <summary>
/// Merge and split on a case: merge another person (by pseudonym) into this case's person, undo a merge, split
/// signals off into a new person, and merge a split person back. Each needs a stated reason, is audited, and can be
/// reversed; the persons involved must all lie in the user's scope (or be opened by breaking the glass).
/// </summary>
public sealed class CaseLinkage(RegistryWork registry, RegistryLinking linking, CaseScope scope)
{
    /// <summary>Reasons are kept in the audit trail; a word or two is not a reason.</summary>
    public const int MinimumReason = 10;

    /// <summary>The case's linkage, with its person's identifying data, written to the audit trail as a view; null with the reason otherwise.</summary>
    public Task<(CaseLinkageView? View, CaseAccess Access)> ShowAsync(Actor actor, Guid caseId, CancellationToken ct = default) =>
        CaseOpening.OpenAsync(registry, scope, actor, caseId, (db, c, access) => LoadAsync(db, c, access, ct), v => v.Person.Id, purpose: "merge and split", ct);

    /// <summary>Merges the person with <paramref name="pseudonym"/> into this case's person, whose pseudonym and case stay; an unknown pseudonym throws <see cref="KeyNotFoundException"/>.</summary>
    public async Task<PersonMerge> MergeAsync(Actor actor, Guid caseId, string pseudonym, string reason, CancellationToken ct = default)
    {
        var why = RequireReason(reason);
        var (kept, absorbed) = await registry.ReadAsync(async db =>
        {
            var kept = await PersonOfAsync(db, actor, caseId, ct);
            var wanted = pseudonym.Trim().ToUpperInvariant();
            var other = await db.Persons.Where(p => p.Pseudonym == wanted).Select(p => new { p.Id, p.MergedIntoId }).SingleOrDefaultAsync(ct)
                ?? throw new KeyNotFoundException($"There is no person with pseudonym {wanted}.");
            var otherCase = await db.Cases.Where(c => c.PersonId == (other.MergedIntoId ?? other.Id)).Select(c => c.Id).FirstOrDefaultAsync(ct);
            await PersonOfAsync(db, actor, otherCase, ct);
            return (kept, other.Id);
        });
        return await linking.MergeAsync(kept, absorbed, actor.AuditName, why, ct);
    }

    /// <summary>Undoes a merge into this case's person.</summary>
    public async Task UndoMergeAsync(Actor actor, Guid caseId, Guid mergeId, string reason, CancellationToken ct = default)
    {
        var why = RequireReason(reason);
        await registry.ReadAsync(async db =>
        {
            var person = await PersonOfAsync(db, actor, caseId, ct);
            return await db.PersonMerges.AnyAsync(m => m.Id == mergeId && m.KeptPersonId == person, ct)
                ? true
                : throw new DomainException("This merge is not one into this case's person.", "Deze samenvoeging is er geen met de persoon van dit dossier.");
        });
        await linking.UndoMergeAsync(mergeId, actor.AuditName, why, ct);
    }

    /// <summary>Takes signals from this case's person to a new person with its own pseudonym and case.</summary>
    public async Task<PersonSplit> SplitAsync(Actor actor, Guid caseId, IReadOnlyCollection<Guid> signalIds, string reason, CancellationToken ct = default)
    {
        var why = RequireReason(reason);
        var person = await registry.ReadAsync(db => PersonOfAsync(db, actor, caseId, ct));
        return await linking.SplitAsync(person, signalIds, actor.AuditName, why, ct);
    }

    /// <summary>Undoes a split by merging the split-off person back into this case's person.</summary>
    public async Task<PersonMerge> UndoSplitAsync(Actor actor, Guid caseId, Guid splitId, string reason, CancellationToken ct = default)
    {
        var why = RequireReason(reason);
        var split = await registry.ReadAsync(async db =>
        {
            var person = await PersonOfAsync(db, actor, caseId, ct);
            return await db.PersonSplits.SingleOrDefaultAsync(s => s.Id == splitId && s.FromPersonId == person, ct)
                ?? throw new DomainException("This split is not one from this case's person.", "Deze splitsing is er geen van de persoon van dit dossier.");
        });
        return await linking.MergeAsync(split.FromPersonId, split.NewPersonId, actor.AuditName, why, ct);
    }

    private static string RequireReason(string? reason) =>
        reason?.Trim() is { Length: >= MinimumReason } r ? r : throw new DomainException($"State the reason in at least {MinimumReason} characters.", $"Geef de reden in ten minste {MinimumReason} tekens.");

    private async Task<Guid> PersonOfAsync(ZichtDbContext db, Actor actor, Guid caseId, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(x => x.Id == caseId, ct);
        return await scope.AccessAsync(db, actor, c, ct) is CaseAccess.InScope or CaseAccess.BrokenGlass
            ? c!.PersonId
            : throw new UnauthorizedAccessException("This case lies outside your scope.");
    }

    private static async Task<CaseLinkageView> LoadAsync(ZichtDbContext db, Case c, CaseAccess access, CancellationToken ct)
    {
        var person = await db.Persons.SingleAsync(p => p.Id == c.PersonId, ct);
        var group = await db.Persons.Where(p => p.Id == person.Id || p.MergedIntoId == person.Id).Select(p => p.Id).ToListAsync(ct);
        var signals = await db.Signals.Where(s => s.PersonId != null && group.Contains(s.PersonId.Value)).OrderBy(s => s.SignalDate).ToListAsync(ct);
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var merges = await (from m in db.PersonMerges
                            where m.KeptPersonId == person.Id && m.UndoneBy == null
                            join p in db.Persons on m.AbsorbedPersonId equals p.Id
                            where p.MergedIntoId == person.Id
                            join ac in db.Cases on p.Id equals ac.PersonId
                            select new { m, Case = new CaseRef(ac.Id, p.Pseudonym) }).ToListAsync(ct);
        var splits = await (from s in db.PersonSplits
                            where s.FromPersonId == person.Id
                            join p in db.Persons on s.NewPersonId equals p.Id
                            join nc in db.Cases on p.Id equals nc.PersonId
                            select new { s, Case = new CaseRef(nc.Id, p.Pseudonym), Back = p.MergedIntoId == person.Id }).ToListAsync(ct);
        var mergedInto = person.MergedIntoId is { } keptId
            ? await (from p in db.Persons
                     where p.Id == keptId
                     join kc in db.Cases on p.Id equals kc.PersonId
                     select new CaseRef(kc.Id, p.Pseudonym)).FirstOrDefaultAsync(ct)
            : null;
        return new CaseLinkageView(
            c, person, access, signals, organisations,
            merges.OrderByDescending(x => x.m.MergedAt).Select(x => new CaseLinkageView.MergeRow(x.m, x.Case)).ToList(),
            splits.OrderByDescending(x => x.s.SplitAt).Select(x => new CaseLinkageView.SplitRow(x.s, x.Case, x.Back)).ToList(),
            mergedInto);
    }
}
