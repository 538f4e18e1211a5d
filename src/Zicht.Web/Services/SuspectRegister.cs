using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Data.Privacy;
using Zicht.Domain;
using Zicht.Domain.Audit;
using Zicht.Domain.Follow;
using Zicht.Domain.Perpetrators;
using Zicht.Domain.Registry;
using Zicht.Web.Identity;

namespace Zicht.Web.Services;

/// <summary>The perpetrator side for case workers: suspects, their victims, prosecution, verdict, sentence, supervision and reoffence.</summary>
public sealed class SuspectRegister(RegistryWork registry, Pseudonymizer pseudonyms, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<IReadOnlyList<SuspectRow>> ListAsync(Actor actor, int page, CancellationToken ct = default)
    {
        Require(actor);
        return registry.ReadAsync<IReadOnlyList<SuspectRow>>(async db =>
            await db.Suspects.OrderByDescending(s => s.RegisteredOn).ThenBy(s => s.Id)
                .Skip(Math.Max(0, page) * 50).Take(50)
                .Select(s => new SuspectRow(s.Id, s.Pseudonym, s.RegisteredOn, db.SuspectVictims.Count(v => v.SuspectId == s.Id), s.PersonId != null))
                .ToListAsync(ct));
    }

    public async Task<SuspectView?> OpenAsync(Actor actor, Guid suspectId, CancellationToken ct = default)
    {
        Require(actor);
        var view = await registry.ReadAsync(async db =>
        {
            var s = await db.Suspects.SingleOrDefaultAsync(x => x.Id == suspectId, ct);
            if (s is null)
            {
                return null;
            }

            var victims = await (from v in db.SuspectVictims
                                 where v.SuspectId == s.Id
                                 join p in db.Persons on v.PersonId equals p.Id
                                 join c in db.Cases on p.Id equals c.PersonId
                                 select new { c.Id, p.Pseudonym }).ToListAsync(ct);
            var ownCase = s.PersonId is { } pid ? await db.Cases.Where(c => c.PersonId == pid).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct) : null;
            var prosecutions = await db.Prosecutions.Where(p => p.SuspectId == s.Id).OrderBy(p => p.RegisteredOn).ToListAsync(ct);
            var prosecutionIds = prosecutions.Select(p => p.Id).ToList();
            var verdicts = await db.Verdicts.Include(v => v.Sentences).Where(v => prosecutionIds.Contains(v.ProsecutionId)).ToListAsync(ct);
            var supervisions = await db.Supervisions.Where(x => x.SuspectId == s.Id).ToListAsync(ct);
            var reoffences = await db.Reoffences.Where(x => x.SuspectId == s.Id).OrderBy(x => x.OccurredOn).ToListAsync(ct);
            return new SuspectView(s, victims.Select(v => (v.Id, v.Pseudonym)).ToList(), ownCase, prosecutions, verdicts, supervisions, reoffences);
        });
        if (view is not null)
        {
            await registry.AuditAsync(actor, AuditAction.View, nameof(Suspect), suspectId, view.Suspect.PersonId, ct: ct);
        }

        return view;
    }

    /// <summary>Registers a suspect; victims are named by their case pseudonyms (P-…).</summary>
    public Task<Guid> CreateAsync(Actor actor, PersonIdentity identity, Gender gender, string? nationality, DateOnly registeredOn, IReadOnlyCollection<string> victimPseudonyms, string? ownPseudonym, CancellationToken ct = default)
    {
        Require(actor);
        if (registeredOn > Today)
        {
            throw new DomainException("The registration date lies in the future.", "De registratiedatum ligt in de toekomst.");
        }

        return registry.WriteAsync(async (db, audit) =>
        {
            var ownPersonId = string.IsNullOrWhiteSpace(ownPseudonym) ? null : await PersonIdAsync(db, ownPseudonym, "OwnPseudonym", ct);
            var id = Guid.NewGuid();
            var suspect = new Suspect(id, pseudonyms.ForSuspect(identity, id), identity, gender, string.IsNullOrWhiteSpace(nationality) ? null : nationality, registeredOn, ownPersonId);
            foreach (var p in victimPseudonyms.Where(v => !string.IsNullOrWhiteSpace(v)))
            {
                suspect.AddVictim((await PersonIdAsync(db, p, "Victims", ct))!.Value);
            }

            db.Suspects.Add(suspect);
            audit.Add(actor, AuditAction.Create, nameof(Suspect), id, ownPersonId);
            return id;
        }, ct);
    }

    public Task LinkVictimAsync(Actor actor, Guid suspectId, string pseudonym, CancellationToken ct = default) =>
        Change(actor, suspectId, async (db, s) =>
        {
            var personId = (await PersonIdAsync(db, pseudonym, "Pseudonym", ct))!.Value;
            var linked = await db.SuspectVictims.AnyAsync(v => v.SuspectId == s.Id && v.PersonId == personId, ct);
            if (!linked)
            {
                if (personId == s.PersonId)
                {
                    throw new DomainException("A suspect cannot be linked to themselves as victim.", "Een verdachte kan niet aan zichzelf als slachtoffer worden gekoppeld.");
                }

                db.SuspectVictims.Add(new SuspectVictim(s.Id, personId));
            }
        }, ct);

    public Task<Guid> RegisterProsecutionAsync(Actor actor, Guid suspectId, DateOnly on, CancellationToken ct = default) =>
        Change(actor, suspectId, (db, s) =>
        {
            NotFuture(on);
            var prosecution = new Prosecution(Guid.NewGuid(), s.Id, on);
            db.Prosecutions.Add(prosecution);
            return Task.FromResult(prosecution.Id);
        }, ct);

    public Task DecideAsync(Actor actor, Guid suspectId, Guid prosecutionId, ProsecutionDecision decision, DateOnly on, DismissalReason? reason, CancellationToken ct = default) =>
        Change(actor, suspectId, async (db, s) =>
        {
            NotFuture(on);
            var p = await db.Prosecutions.SingleAsync(x => x.Id == prosecutionId && x.SuspectId == s.Id, ct);
            p.Decide(decision, on, reason);
        }, ct);

    public Task<Guid> RecordVerdictAsync(Actor actor, Guid suspectId, Guid prosecutionId, VerdictOutcome outcome, DateOnly on, CancellationToken ct = default) =>
        Change(actor, suspectId, async (db, s) =>
        {
            NotFuture(on);
            var p = await db.Prosecutions.SingleAsync(x => x.Id == prosecutionId && x.SuspectId == s.Id, ct);
            var verdict = p.RecordVerdict(Guid.NewGuid(), on, outcome);
            db.Verdicts.Add(verdict);
            return verdict.Id;
        }, ct);

    public Task<Guid> ImposeAsync(Actor actor, Guid suspectId, Guid verdictId, SentenceType type, int? months, int? hours, decimal? euros, CancellationToken ct = default) =>
        Change(actor, suspectId, async (db, s) =>
        {
            var verdict = await db.Verdicts.Include(v => v.Sentences).SingleAsync(v => v.Id == verdictId, ct);
            if (!await db.Prosecutions.AnyAsync(p => p.Id == verdict.ProsecutionId && p.SuspectId == s.Id, ct))
            {
                throw new DomainException("This verdict belongs to another suspect.", "Deze uitspraak hoort bij een andere verdachte.");
            }

            var sentence = verdict.Impose(Guid.NewGuid(), type, months, hours, euros);
            db.Sentences.Add(sentence);
            return sentence.Id;
        }, ct);

    public Task<Guid> StartSupervisionAsync(Actor actor, Guid suspectId, DateOnly on, CancellationToken ct = default) =>
        Change(actor, suspectId, (db, s) =>
        {
            NotFuture(on);
            var supervision = new Supervision(Guid.NewGuid(), s.Id, null, on);
            db.Supervisions.Add(supervision);
            return Task.FromResult(supervision.Id);
        }, ct);

    public Task EndSupervisionAsync(Actor actor, Guid suspectId, Guid supervisionId, DateOnly on, SupervisionOutcome outcome, CancellationToken ct = default) =>
        Change(actor, suspectId, async (db, s) =>
        {
            NotFuture(on);
            var sup = await db.Supervisions.SingleAsync(x => x.Id == supervisionId && x.SuspectId == s.Id, ct);
            sup.End(on, outcome);
        }, ct);

    public Task<Guid> AddReoffenceAsync(Actor actor, Guid suspectId, DateOnly on, OffenceType offence, CancellationToken ct = default) =>
        Change(actor, suspectId, (db, s) =>
        {
            NotFuture(on);
            var reoffence = new Reoffence(Guid.NewGuid(), s.Id, on, offence);
            db.Reoffences.Add(reoffence);
            return Task.FromResult(reoffence.Id);
        }, ct);

    private Task Change(Actor actor, Guid suspectId, Func<ZichtDbContext, Suspect, Task> change, CancellationToken ct) =>
        Change(actor, suspectId, async (db, s) =>
        {
            await change(db, s);
            return true;
        }, ct);

    /// <summary>One change to a suspect's record in its own transaction, audited; answers what the change made (the API's 201 names it).</summary>
    private Task<T> Change<T>(Actor actor, Guid suspectId, Func<ZichtDbContext, Suspect, Task<T>> change, CancellationToken ct)
    {
        Require(actor);
        return registry.WriteAsync(async (db, audit) =>
        {
            var s = await db.Suspects.SingleOrDefaultAsync(x => x.Id == suspectId, ct) ?? throw new DomainException("No such suspect.", "Deze verdachte bestaat niet.");
            var made = await change(db, s);
            audit.Add(actor, AuditAction.Update, nameof(Suspect), s.Id, s.PersonId);
            return made;
        }, ct);
    }

    private void NotFuture(DateOnly on)
    {
        if (on > Today)
        {
            throw new DomainException($"The date {on:yyyy-MM-dd} lies in the future.", $"De datum {on:yyyy-MM-dd} ligt in de toekomst.");
        }
    }

    /// <param name="field">The field that named the pseudonym, for a refusal placed on it.</param>
    private static async Task<Guid?> PersonIdAsync(ZichtDbContext db, string pseudonym, string field, CancellationToken ct)
    {
        var p = pseudonym.Trim().ToUpperInvariant();
        return await db.Persons.Where(x => x.Pseudonym == p).Select(x => (Guid?)x.Id).FirstOrDefaultAsync(ct)
            ?? throw new DomainException($"No registered person has the pseudonym '{pseudonym.Trim()}'.", $"Geen geregistreerde persoon heeft het pseudoniem '{pseudonym.Trim()}'.", field);
    }

    private static void Require(Actor actor)
    {
        if (!actor.IsIn(Roles.CaseWorker))
        {
            throw new UnauthorizedAccessException("Only case workers see suspects.");
        }
    }
}
