using Microsoft.EntityFrameworkCore;
using Zicht.Data.Linking;
using Zicht.Domain;
using Zicht.Domain.Registry;
using Zicht.Linkage.Incremental;
using Zicht.Web.Identity;

namespace Zicht.Web.Services;

/// <summary>
/// Accepts a signal from a signaller's organisation and links it through the registry's linkage: to a person
/// registered before (the signal joins that person's case), to a new person with a pseudonym and a case, or, when
/// linkage is unsure, to a new person with reviews in the case workers' queue. The signaller learns only whether the
/// person is probably known, never who they are or whose case it is.
/// </summary>
public sealed class SignalRegistration(RegistryWork registry, RegistryLinking linking, TimeProvider clock)
{
    public async Task<SignalOutcome> RegisterAsync(Actor actor, SignalDetails details, CancellationToken ct = default)
    {
        if (!actor.IsIn(Roles.Signaller) || actor.OrganisationId is not { } organisationId)
        {
            throw new UnauthorizedAccessException("Only a signaller of a partner organisation files signals.");
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var (organisation, errors) = await registry.ReadAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == organisationId, ct);
            var errors = SignalRules.Check(organisation, details, today).ToList();
            var code = details.MunicipalityCode?.Trim().ToUpperInvariant();
            if (code is not null && MunicipalityCodes.IsWellFormed(code) && !await db.Municipalities.AnyAsync(m => m.Code == code, ct))
            {
                errors.Add(new FieldError(nameof(details.MunicipalityCode), $"there is no municipality with code {code}.", $"er is geen gemeente met code {code}."));
            }

            return (organisation, errors);
        });
        if (errors.Count > 0)
        {
            return new SignalOutcome(null, errors, false);
        }

        Signal signal;
        try
        {
            signal = Signal.Create(Guid.CreateVersion7(), organisation, details, today, now);
        }
        catch (DomainException e)
        {
            return new SignalOutcome(null, [new FieldError("", e.Message)], false);
        }

        var linked = await linking.RegisterAsync(signal, actor.AuditName, ct);
        return new SignalOutcome(signal.Id, [], !linked.NewPerson)
        {
            PossiblyKnown = linked.NewPerson && linked.Decision == LinkDecision.Review,
        };
    }
}
