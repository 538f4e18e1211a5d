using Microsoft.EntityFrameworkCore;
using Zicht.Data.Privacy;
using Zicht.Domain;
using Zicht.Domain.Audit;
using Zicht.Domain.Registry;
using Zicht.Web.Identity;

namespace Zicht.Web.Services;

/// <summary>
/// Accepts a signal from a signaller's organisation. Until the linkage engine runs, a person is "probably known"
/// when the signal's identifiers give a pseudonym a person already holds: the signal joins that person's case.
/// Otherwise a new person and case are opened for the case workers to triage.
/// </summary>
public sealed class SignalRegistration(RegistryWork registry, Pseudonymizer pseudonyms, TimeProvider clock)
{
    public async Task<SignalOutcome> RegisterAsync(Actor actor, SignalDetails details, CancellationToken ct = default)
    {
        if (!actor.IsIn(Roles.Signaller) || actor.OrganisationId is not { } organisationId)
        {
            throw new UnauthorizedAccessException("Only a signaller of a partner organisation files signals.");
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return await registry.WriteAsync<SignalOutcome>(async (db, audit) =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == organisationId, ct);
            var errors = SignalRules.Check(organisation, details, today).ToList();
            var code = details.MunicipalityCode?.Trim().ToUpperInvariant();
            if (code is not null && MunicipalityCodes.IsWellFormed(code) && !await db.Municipalities.AnyAsync(m => m.Code == code, ct))
            {
                errors.Add(new FieldError(nameof(details.MunicipalityCode), $"there is no municipality with code {code}.", $"er is geen gemeente met code {code}."));
            }

            if (errors.Count > 0)
            {
                return new SignalOutcome(null, errors, false);
            }

            Signal signal;
            try
            {
                signal = Signal.Create(Guid.NewGuid(), organisation, details, today, now);
            }
            catch (DomainException e)
            {
                return new SignalOutcome(null, [new FieldError("", e.Message)], false);
            }

            var pseudonym = pseudonyms.ForPerson(details.Identity, signal.Id);
            var person = details.Identity.IsEmpty ? null : await db.Persons.SingleOrDefaultAsync(p => p.Pseudonym == pseudonym, ct);
            var known = person is not null;
            if (person is null)
            {
                person = new Person(Guid.NewGuid(), pseudonym, details.Identity, details.Gender, signal.Nationality, details.SignalDate);
                db.Persons.Add(person);
                var opened = new Case(Guid.NewGuid(), person.Id, today, signal.MunicipalityCode);
                db.Cases.Add(opened);
                audit.Add(actor, AuditAction.Create, nameof(Person), person.Id, person.Id);
                audit.Add(actor, AuditAction.Create, nameof(Case), opened.Id, person.Id);
            }

            signal.LinkTo(person.Id);
            db.Signals.Add(signal);
            audit.Add(actor, AuditAction.Create, nameof(Signal), signal.Id, person.Id);
            return new SignalOutcome(signal.Id, [], known);
        }, ct);
    }
}
