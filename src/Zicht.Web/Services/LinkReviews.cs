using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Data.Linking;
using Zicht.Domain;
using Zicht.Domain.Audit;
using Zicht.Domain.Registry;
using Zicht.Web.Identity;

namespace Zicht.Web.Services;

/// <summary>
/// The case workers' queue of uncertain links: the open reviews whose two persons both lie in the user's scope,
/// each shown side by side with the model's explanation (the view audited for both persons), and the decision.
/// </summary>
public sealed class LinkReviews(RegistryWork registry, RegistryLinking linking, CaseScope scope)
{
    public const int Limit = 500;

    /// <summary>Open reviews in scope, oldest first.</summary>
    public Task<IReadOnlyList<ReviewRow>> OpenAsync(Actor actor, CancellationToken ct = default) =>
        registry.ReadAsync<IReadOnlyList<ReviewRow>>(async db =>
            // SQLite cannot order by a stored date-time offset: the open reviews are few, so they are ordered here.
            (await Pending(db, actor).ToListAsync(ct)).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Take(Limit).ToList());

    public Task<int> CountAsync(Actor actor, CancellationToken ct = default) =>
        registry.ReadAsync(db => Pending(db, actor).CountAsync(ct));

    /// <summary>
    /// A review with both records decrypted for the user, written to the audit trail for both persons; null when
    /// there is no such review. Outside the user's scope it is refused.
    /// </summary>
    public async Task<ReviewView?> ShowAsync(Actor actor, Guid reviewId, CancellationToken ct = default)
    {
        var loaded = await registry.ReadAsync(async db =>
        {
            var review = await db.LinkReviews.SingleOrDefaultAsync(r => r.Id == reviewId, ct);
            if (review is null)
            {
                return null;
            }

            var signalCase = await CaseOfAsync(db, actor, review.SignalPersonId, ct);
            var candidateCase = await CaseOfAsync(db, actor, review.CandidatePersonId, ct);
            var signal = await db.Signals.SingleAsync(s => s.Id == review.SignalId, ct);
            var candidate = await db.Persons.SingleAsync(p => p.Id == review.CandidatePersonId, ct);
            // The candidate as the review found them: their own signals and those of persons merged into them since.
            var group = await db.Persons.Where(p => p.Id == candidate.Id || p.MergedIntoId == candidate.Id).Select(p => p.Id).ToListAsync(ct);
            var signals = await db.Signals.Where(s => s.PersonId != null && group.Contains(s.PersonId.Value) && s.Id != signal.Id).OrderBy(s => s.SignalDate).ToListAsync(ct);
            var organisations = await db.Organisations.ToDictionaryAsync(o => o.Id, o => o.Name, ct);
            return new { review, signal, signalCase, candidate, candidateCase, signals, organisations };
        });
        if (loaded is null)
        {
            return null;
        }

        var explanation = await linking.ExplainAsync(loaded.signal.Id, loaded.signals.Select(s => s.Id), ct);
        var closest = explanation is not null && Guid.TryParse(explanation.RightId, out var right)
            ? loaded.signals.Single(s => s.Id == right)
            : loaded.signals.LastOrDefault();
        await registry.WriteAsync((_, audit) =>
        {
            audit.Add(actor, AuditAction.View, nameof(LinkReview), reviewId, loaded.review.SignalPersonId, "linkage review");
            audit.Add(actor, AuditAction.View, nameof(LinkReview), reviewId, loaded.review.CandidatePersonId, "linkage review");
            return Task.CompletedTask;
        }, ct);
        return new ReviewView(loaded.review, loaded.signal, loaded.signalCase, loaded.candidate, loaded.candidateCase, closest, loaded.signals.Count, explanation, loaded.organisations);
    }

    /// <summary>
    /// Decides a review: the same person merges the signal's person into the candidate (whose pseudonym stays), a
    /// different person only closes the review. Returns the case that now holds the signal.
    /// </summary>
    public async Task<CaseRef> DecideAsync(Actor actor, Guid reviewId, bool samePerson, CancellationToken ct = default)
    {
        var review = await registry.ReadAsync(async db =>
        {
            var review = await db.LinkReviews.SingleOrDefaultAsync(r => r.Id == reviewId, ct) ?? throw new DomainException("There is no such review.", "Deze beoordeling bestaat niet.");
            await CaseOfAsync(db, actor, review.SignalPersonId, ct);
            await CaseOfAsync(db, actor, review.CandidatePersonId, ct);
            return review;
        });
        await linking.DecideAsync(reviewId, samePerson, actor.AuditName, ct);
        return await registry.ReadAsync(async db =>
        {
            var person = await db.Persons.SingleAsync(p => p.Id == review.SignalPersonId, ct);
            return await CaseOfAsync(db, actor, person.MergedIntoId ?? person.Id, ct);
        });
    }

    private IQueryable<ReviewRow> Pending(ZichtDbContext db, Actor actor)
    {
        var cases = scope.InScope(db.Cases, actor);
        return from r in db.LinkReviews
               where r.Status == LinkReviewStatus.Pending
               join sp in db.Persons on r.SignalPersonId equals sp.Id
               join sc in cases on sp.Id equals sc.PersonId
               join cp in db.Persons on r.CandidatePersonId equals cp.Id
               join cc in cases on cp.Id equals cc.PersonId
               select new ReviewRow(r.Id, r.CreatedAt, r.Probability, new CaseRef(sc.Id, sp.Pseudonym), new CaseRef(cc.Id, cp.Pseudonym));
    }

    /// <summary>The person's case when it lies in the user's scope; reviews are never opened by breaking the glass.</summary>
    private async Task<CaseRef> CaseOfAsync(ZichtDbContext db, Actor actor, Guid personId, CancellationToken ct)
    {
        if (!actor.IsIn(Roles.CaseWorker))
        {
            throw new UnauthorizedAccessException("Only case workers decide on linkage.");
        }

        var found = await (from c in db.Cases
                           where c.PersonId == personId
                           join p in db.Persons on c.PersonId equals p.Id
                           select new { c, p.Pseudonym }).FirstOrDefaultAsync(ct);
        return found is not null && scope.IsInScope(actor, found.c)
            ? new CaseRef(found.c.Id, found.Pseudonym)
            : throw new UnauthorizedAccessException("This review concerns a case outside your scope.");
    }
}
