using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Domain;
using Zicht.Domain.Audit;
using Zicht.Domain.Follow;
using Zicht.Domain.Registry;
using Zicht.Domain.Triage;

namespace Zicht.Web.Services;

/// <summary>Changes to a case: status, identity, triage, referrals, help and later victimisations; each audited, each in scope.</summary>
public sealed class CaseCommands(RegistryWork registry, CaseScope scope, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Opens a case outside the user's scope for a limited time; the audit entry is the grant.</summary>
    public Task BreakGlassAsync(Actor actor, Guid caseId, string reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 10)
        {
            throw new DomainException("Breaking the glass needs a stated reason of at least ten characters.", "Noodtoegang vraagt een opgegeven reden van ten minste tien tekens.");
        }

        return registry.WriteAsync(async (db, audit) =>
        {
            var c = await db.Cases.SingleOrDefaultAsync(x => x.Id == caseId, ct);
            if (await scope.AccessAsync(db, actor, c, ct) is CaseAccess.Refused or CaseAccess.NotFound)
            {
                throw new UnauthorizedAccessException("This role cannot open cases.");
            }

            audit.Add(actor, AuditAction.BreakTheGlass, nameof(Case), caseId, c!.PersonId, reason.Trim());
        }, ct);
    }

    public async Task<EditOutcome<Case>> UpdateCaseAsync(Actor actor, Guid caseId, int expectedVersion, CaseStatus status, string? municipalityCode, CancellationToken ct = default)
    {
        try
        {
            return await registry.WriteAsync<EditOutcome<Case>>(async (db, audit) =>
            {
                var c = await RequireAsync(db, actor, caseId, ct);
                if (c.Version != expectedVersion)
                {
                    return new EditOutcome<Case>(false, c);
                }

                // The check above can race with another save; the concurrency token catches that at the database.
                db.Entry(c).Property(x => x.Version).OriginalValue = expectedVersion;
                if (c.MunicipalityCode != municipalityCode)
                {
                    c.AssignMunicipality(municipalityCode);
                }

                if (c.Status != status)
                {
                    switch (status)
                    {
                        case CaseStatus.Active:
                            c.Reopen();
                            break;
                        case CaseStatus.FollowUp:
                            if (c.ClosedOn is not null)
                            {
                                c.Reopen();
                            }

                            c.MoveToFollowUp();
                            break;
                        default:
                            c.Close(Today, status == CaseStatus.ClosedReferred);
                            break;
                    }
                }

                audit.Add(actor, AuditAction.Update, nameof(Case), c.Id, c.PersonId);
                return new EditOutcome<Case>(true, c);
            }, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditOutcome<Case>(false, await registry.ReadAsync(db => db.Cases.SingleAsync(x => x.Id == caseId, ct)));
        }
    }

    public async Task<EditOutcome<Person>> CorrectIdentityAsync(Actor actor, Guid caseId, int expectedVersion, PersonIdentity identity, CancellationToken ct = default)
    {
        Guid personId = default;
        try
        {
            return await registry.WriteAsync<EditOutcome<Person>>(async (db, audit) =>
            {
                var c = await RequireAsync(db, actor, caseId, ct);
                var person = await db.Persons.SingleAsync(p => p.Id == c.PersonId, ct);
                personId = person.Id;
                if (person.Version != expectedVersion)
                {
                    return new EditOutcome<Person>(false, person);
                }

                db.Entry(person).Property(x => x.Version).OriginalValue = expectedVersion;
                person.CorrectIdentity(identity);
                audit.Add(actor, AuditAction.Update, nameof(Person), person.Id, person.Id);
                return new EditOutcome<Person>(true, person);
            }, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditOutcome<Person>(false, await registry.ReadAsync(db => db.Persons.SingleAsync(p => p.Id == personId, ct)));
        }
    }

    /// <summary>Records an assessment; the priority is the rules' advice unless the case worker overrides it.</summary>
    public Task<(Assessment Assessment, TriageOutcome Advice)> AssessAsync(Actor actor, Guid caseId, IReadOnlyCollection<Vulnerability> vulnerabilities, Priority? overridePriority, string? notes, CancellationToken ct = default) =>
        registry.WriteAsync(async (db, audit) =>
        {
            var c = await RequireAsync(db, actor, caseId, ct);
            var rules = await db.TriageRules.AsNoTracking().ToListAsync(ct);
            var advice = TriageRuleSet.Evaluate(rules, vulnerabilities);
            var assessment = new Assessment(Guid.NewGuid(), c.Id, Today, vulnerabilities, overridePriority ?? advice.Priority, notes);
            db.Assessments.Add(assessment);
            audit.Add(actor, AuditAction.Create, nameof(Assessment), assessment.Id, c.PersonId);
            return (assessment, advice);
        }, ct);

    public Task<Referral> ReferAsync(Actor actor, Guid caseId, HelpType helpType, DateOnly followUpBy, Guid? toOrganisationId, CancellationToken ct = default) =>
        registry.WriteAsync(async (db, audit) =>
        {
            var c = await RequireAsync(db, actor, caseId, ct);
            var referral = new Referral(Guid.NewGuid(), c.Id, helpType, Today, followUpBy, toOrganisationId);
            db.Referrals.Add(referral);
            audit.Add(actor, AuditAction.Create, nameof(Referral), referral.Id, c.PersonId);
            return referral;
        }, ct);

    /// <summary>Answers a referral; an acceptance starts the help episode it asked for.</summary>
    public Task AnswerReferralAsync(Actor actor, Guid caseId, Guid referralId, ReferralStatus answer, CancellationToken ct = default) =>
        registry.WriteAsync(async (db, audit) =>
        {
            var c = await RequireAsync(db, actor, caseId, ct);
            var referral = await db.Referrals.SingleAsync(r => r.Id == referralId && r.CaseId == c.Id, ct);
            referral.Answer(answer, Today);
            audit.Add(actor, AuditAction.Update, nameof(Referral), referral.Id, c.PersonId);
            if (answer == ReferralStatus.Accepted)
            {
                var help = new HelpEpisode(Guid.NewGuid(), c.Id, referral.HelpType, Today, referralId: referral.Id, organisationId: referral.ToOrganisationId);
                db.HelpEpisodes.Add(help);
                audit.Add(actor, AuditAction.Create, nameof(HelpEpisode), help.Id, c.PersonId);
            }
        }, ct);

    public Task<HelpEpisode> StartHelpAsync(Actor actor, Guid caseId, HelpType helpType, DateOnly startedOn, Guid? organisationId, CancellationToken ct = default) =>
        registry.WriteAsync(async (db, audit) =>
        {
            var c = await RequireAsync(db, actor, caseId, ct);
            if (startedOn > Today)
            {
                throw new DomainException("Help cannot start in the future.", "Hulp kan niet in de toekomst beginnen.");
            }

            var help = new HelpEpisode(Guid.NewGuid(), c.Id, helpType, startedOn, organisationId: organisationId);
            db.HelpEpisodes.Add(help);
            audit.Add(actor, AuditAction.Create, nameof(HelpEpisode), help.Id, c.PersonId);
            return help;
        }, ct);

    public Task<HelpEpisode> EndHelpAsync(Actor actor, Guid caseId, Guid helpId, DateOnly endedOn, CancellationToken ct = default) =>
        registry.WriteAsync(async (db, audit) =>
        {
            var c = await RequireAsync(db, actor, caseId, ct);
            var help = await db.HelpEpisodes.SingleAsync(h => h.Id == helpId && h.CaseId == c.Id, ct);
            help.End(endedOn);
            audit.Add(actor, AuditAction.Update, nameof(HelpEpisode), help.Id, c.PersonId);
            return help;
        }, ct);

    public Task<Victimisation> AddVictimisationAsync(Actor actor, Guid caseId, DateOnly occurredOn, OffenceType offence, string source, CancellationToken ct = default) =>
        registry.WriteAsync(async (db, audit) =>
        {
            var c = await RequireAsync(db, actor, caseId, ct);
            if (occurredOn > Today)
            {
                throw new DomainException("A victimisation cannot lie in the future.", "Een slachtofferschap kan niet in de toekomst liggen.");
            }

            var v = new Victimisation(Guid.NewGuid(), c.PersonId, occurredOn, offence, source);
            db.Victimisations.Add(v);
            audit.Add(actor, AuditAction.Create, nameof(Victimisation), v.Id, c.PersonId);
            return v;
        }, ct);

    private async Task<Case> RequireAsync(ZichtDbContext db, Actor actor, Guid caseId, CancellationToken ct)
    {
        var c = await db.Cases.SingleOrDefaultAsync(x => x.Id == caseId, ct);
        return await scope.AccessAsync(db, actor, c, ct) is CaseAccess.InScope or CaseAccess.BrokenGlass
            ? c!
            : throw new UnauthorizedAccessException("This case lies outside your scope.");
    }
}
