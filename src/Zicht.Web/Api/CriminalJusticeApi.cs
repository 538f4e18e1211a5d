using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zicht.Domain;
using Zicht.Domain.Follow;
using Zicht.Domain.Perpetrators;
using Zicht.Domain.Registry;
using Zicht.Web.Identity;
using Zicht.Web.Services;

namespace Zicht.Web.Api;

/// <summary>
/// The criminal-justice chain of a suspect under /api/v1/suspects/{id}: prosecution and the prosecutor's decision,
/// verdict, sentences, supervision and reoffences, through the same <see cref="SuspectRegister"/> calls as the
/// suspect page. What the address names (suspect, prosecution, verdict, supervision) must exist and be this
/// suspect's, else 404; a date left out is today, as on the page. A created step answers 201 with its id; the
/// suspect's document (GET /api/v1/suspects/{id}) shows the whole chain.
/// </summary>
public static class CriminalJusticeApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var suspect = api.MapGroup("/suspects/{id:guid}").WithTags("Suspects").RequireAuthorization(ApiPolicies.Cases);
        suspect.MapPost("/prosecutions", ProsecuteAsync).WithName("CreateProsecution")
            .WithSummary("Register a prosecution of the suspect at the public prosecution service")
            .Accepts<ProsecutionRequest>("application/json");
        suspect.MapPost("/prosecutions/{prosecutionId:guid}/decision", DecideAsync).WithName("DecideProsecution")
            .WithSummary("The prosecutor's decision: dismissal (with its reason), summons or out-of-court settlement")
            .Accepts<DecisionRequest>("application/json");
        suspect.MapPost("/prosecutions/{prosecutionId:guid}/verdict", VerdictAsync).WithName("CreateVerdict")
            .WithSummary("The court's verdict on a prosecution that ended in a summons")
            .Accepts<VerdictRequest>("application/json");
        suspect.MapPost("/verdicts/{verdictId:guid}/sentences", SentenceAsync).WithName("CreateSentence")
            .WithSummary("A sentence of a conviction: prison in months, community service in hours, a fine in euros, or a measure")
            .Accepts<SentenceRequest>("application/json");
        suspect.MapPost("/supervisions", SuperviseAsync).WithName("CreateSupervision")
            .WithSummary("Supervision of the suspect by the probation service started")
            .Accepts<SupervisionRequest>("application/json");
        suspect.MapPost("/supervisions/{supervisionId:guid}/end", EndSupervisionAsync).WithName("EndSupervision")
            .WithSummary("Supervision ended: completed or revoked")
            .Accepts<SupervisionEnd>("application/json");
        suspect.MapPost("/reoffences", ReoffendAsync).WithName("CreateReoffence")
            .WithSummary("A new offence by the suspect after their case")
            .Accepts<ReoffenceRequest>("application/json");
    }

    internal static async Task<Results<Created<StepCreated>, ValidationProblem, ProblemHttpResult>> ProsecuteAsync(
        HttpContext http, SuspectRegister register, RegistryWork registry, Guid id)
    {
        if (!await SuspectExistsAsync(http, registry, id))
        {
            return ApiProblems.NotFound("suspect");
        }

        var (request, unreadable) = await ApiJson.ReadAsync<ProsecutionRequest>(http.Request);
        if (request is null)
        {
            return ApiProblems.Invalid(http, [unreadable!]);
        }

        var on = request.RegisteredOn ?? register.Today;
        if (Future(on, register, nameof(ProsecutionRequest.RegisteredOn)) is { } future)
        {
            return ApiProblems.Invalid(http, [future]);
        }

        return await CreateAsync(http, id, () => register.RegisterProsecutionAsync(Actor.From(http.User), id, on, http.RequestAborted),
            fallback: nameof(ProsecutionRequest.RegisteredOn));
    }

    internal static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DecideAsync(
        HttpContext http, SuspectRegister register, RegistryWork registry, Guid id, Guid prosecutionId)
    {
        if (await ProsecutionRefusalAsync(http, registry, id, prosecutionId) is { } missing)
        {
            return missing;
        }

        var (request, unreadable) = await ApiJson.ReadAsync<DecisionRequest>(http.Request);
        if (request is null)
        {
            return ApiProblems.Invalid(http, [unreadable!]);
        }

        var errors = new List<FieldError>();
        if (request.Decision is null)
        {
            errors.Add(new(nameof(DecisionRequest.Decision), "give the decision (dismissal, summons or outOfCourtSettlement).", "geef de beslissing (dismissal, summons of outOfCourtSettlement)."));
        }
        else if (request.Decision == ProsecutionDecision.Dismissal && request.DismissalReason is null)
        {
            errors.Add(new(nameof(DecisionRequest.DismissalReason), "a dismissal needs its reason.", "een sepot heeft een sepotgrond nodig."));
        }
        else if (request.Decision != ProsecutionDecision.Dismissal && request.DismissalReason is not null)
        {
            errors.Add(new(nameof(DecisionRequest.DismissalReason), "only a dismissal has a dismissal reason.", "alleen een sepot heeft een sepotgrond."));
        }

        var on = request.DecidedOn ?? register.Today;
        if (Future(on, register, nameof(DecisionRequest.DecidedOn)) is { } future)
        {
            errors.Add(future);
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(http, errors);
        }

        try
        {
            await register.DecideAsync(Actor.From(http.User), id, prosecutionId, request.Decision!.Value, on, request.DismissalReason, http.RequestAborted);
        }
        catch (DomainException e)
        {
            // Left for the domain: a decision before the registration, or a second decision.
            return ApiProblems.Invalid(http, e.Field ?? nameof(DecisionRequest.Decision), e);
        }

        return TypedResults.NoContent();
    }

    internal static async Task<Results<Created<StepCreated>, ValidationProblem, ProblemHttpResult>> VerdictAsync(
        HttpContext http, SuspectRegister register, RegistryWork registry, Guid id, Guid prosecutionId)
    {
        if (await ProsecutionRefusalAsync(http, registry, id, prosecutionId) is { } missing)
        {
            return missing;
        }

        var (request, unreadable) = await ApiJson.ReadAsync<VerdictRequest>(http.Request);
        if (request is null)
        {
            return ApiProblems.Invalid(http, [unreadable!]);
        }

        var errors = new List<FieldError>();
        if (request.Outcome is null)
        {
            errors.Add(new(nameof(VerdictRequest.Outcome), "give the verdict (conviction, acquittal, discharge or inadmissible).", "geef de uitspraak (conviction, acquittal, discharge of inadmissible)."));
        }

        var on = request.DecidedOn ?? register.Today;
        if (Future(on, register, nameof(VerdictRequest.DecidedOn)) is { } future)
        {
            errors.Add(future);
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(http, errors);
        }

        // The domain refuses a verdict dated before the summons (on its date), and one on a prosecution that did not
        // end in a summons (no field: the address names the prosecution).
        return await CreateAsync(http, id, () => register.RecordVerdictAsync(Actor.From(http.User), id, prosecutionId, request.Outcome!.Value, on, http.RequestAborted),
            fallback: "prosecutionId");
    }

    internal static async Task<Results<Created<StepCreated>, ValidationProblem, ProblemHttpResult>> SentenceAsync(
        HttpContext http, SuspectRegister register, RegistryWork registry, Guid id, Guid verdictId)
    {
        if (!await SuspectExistsAsync(http, registry, id))
        {
            return ApiProblems.NotFound("suspect");
        }

        var ct = http.RequestAborted;
        if (!await registry.ReadAsync(db => db.Verdicts.AnyAsync(v => v.Id == verdictId && db.Prosecutions.Any(p => p.Id == v.ProsecutionId && p.SuspectId == id), ct)))
        {
            return ApiProblems.NotFound("verdict of this suspect");
        }

        var (request, unreadable) = await ApiJson.ReadAsync<SentenceRequest>(http.Request);
        if (request is null)
        {
            return ApiProblems.Invalid(http, [unreadable!]);
        }

        if (request.Type is null)
        {
            return ApiProblems.Invalid(http, nameof(SentenceRequest.Type), "give the kind of sentence (prison, suspendedPrison, communityService, fine or measure).",
                "geef de soort straf (prison, suspendedPrison, communityService, fine of measure).");
        }

        // The domain says what a sentence of this kind needs (months, hours or euros); other refusals concern the verdict.
        return await CreateAsync(http, id, () => register.ImposeAsync(Actor.From(http.User), id, verdictId, request.Type.Value, request.Months, request.Hours, request.Euros, ct),
            fallback: "verdictId");
    }

    internal static async Task<Results<Created<StepCreated>, ValidationProblem, ProblemHttpResult>> SuperviseAsync(
        HttpContext http, SuspectRegister register, RegistryWork registry, Guid id)
    {
        if (!await SuspectExistsAsync(http, registry, id))
        {
            return ApiProblems.NotFound("suspect");
        }

        var (request, unreadable) = await ApiJson.ReadAsync<SupervisionRequest>(http.Request);
        if (request is null)
        {
            return ApiProblems.Invalid(http, [unreadable!]);
        }

        var on = request.StartedOn ?? register.Today;
        if (Future(on, register, nameof(SupervisionRequest.StartedOn)) is { } future)
        {
            return ApiProblems.Invalid(http, [future]);
        }

        return await CreateAsync(http, id, () => register.StartSupervisionAsync(Actor.From(http.User), id, on, http.RequestAborted),
            fallback: nameof(SupervisionRequest.StartedOn));
    }

    internal static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> EndSupervisionAsync(
        HttpContext http, SuspectRegister register, RegistryWork registry, Guid id, Guid supervisionId)
    {
        if (!await SuspectExistsAsync(http, registry, id))
        {
            return ApiProblems.NotFound("suspect");
        }

        if (!await registry.ReadAsync(db => db.Supervisions.AnyAsync(s => s.Id == supervisionId && s.SuspectId == id, http.RequestAborted)))
        {
            return ApiProblems.NotFound("supervision of this suspect");
        }

        var (request, unreadable) = await ApiJson.ReadAsync<SupervisionEnd>(http.Request);
        if (request is null)
        {
            return ApiProblems.Invalid(http, [unreadable!]);
        }

        var errors = new List<FieldError>();
        if (request.Outcome is null)
        {
            errors.Add(new(nameof(SupervisionEnd.Outcome), "give how the supervision ended (completed or revoked).", "geef aan hoe het toezicht eindigde (completed of revoked)."));
        }

        var on = request.EndedOn ?? register.Today;
        if (Future(on, register, nameof(SupervisionEnd.EndedOn)) is { } future)
        {
            errors.Add(future);
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(http, errors);
        }

        try
        {
            await register.EndSupervisionAsync(Actor.From(http.User), id, supervisionId, on, request.Outcome!.Value, http.RequestAborted);
        }
        catch (DomainException e)
        {
            // Left for the domain: "ongoing" is no way to end, and no end before the start.
            return ApiProblems.Invalid(http, e.Field ?? nameof(SupervisionEnd.Outcome), e);
        }

        return TypedResults.NoContent();
    }

    internal static async Task<Results<Created<StepCreated>, ValidationProblem, ProblemHttpResult>> ReoffendAsync(
        HttpContext http, SuspectRegister register, RegistryWork registry, Guid id)
    {
        if (!await SuspectExistsAsync(http, registry, id))
        {
            return ApiProblems.NotFound("suspect");
        }

        var (request, unreadable) = await ApiJson.ReadAsync<ReoffenceRequest>(http.Request);
        if (request is null)
        {
            return ApiProblems.Invalid(http, [unreadable!]);
        }

        var errors = new List<FieldError>();
        if (request.Offence is null)
        {
            errors.Add(new(nameof(ReoffenceRequest.Offence), "choose the offence.", "kies het delict."));
        }

        var on = request.OccurredOn ?? register.Today;
        if (Future(on, register, nameof(ReoffenceRequest.OccurredOn)) is { } future)
        {
            errors.Add(future);
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(http, errors);
        }

        return await CreateAsync(http, id, () => register.AddReoffenceAsync(Actor.From(http.User), id, on, request.Offence!.Value, http.RequestAborted),
            fallback: nameof(ReoffenceRequest.OccurredOn));
    }

    /// <summary>Runs a step that creates something: 201 with its id, or the domain's refusal on the field it names (else <paramref name="fallback"/>).</summary>
    private static async Task<Results<Created<StepCreated>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpContext http, Guid suspectId, Func<Task<Guid>> step, string fallback)
    {
        try
        {
            return TypedResults.Created($"/api/v1/suspects/{suspectId}", new StepCreated(await step()));
        }
        catch (DomainException e)
        {
            return ApiProblems.Invalid(http, e.Field ?? fallback, e);
        }
    }

    private static Task<bool> SuspectExistsAsync(HttpContext http, RegistryWork registry, Guid id) =>
        registry.ReadAsync(db => db.Suspects.AnyAsync(s => s.Id == id, http.RequestAborted));

    /// <summary>404 for an unknown suspect, or a prosecution that is not this suspect's (null: both are there).</summary>
    private static async Task<ProblemHttpResult?> ProsecutionRefusalAsync(HttpContext http, RegistryWork registry, Guid id, Guid prosecutionId)
    {
        if (!await SuspectExistsAsync(http, registry, id))
        {
            return ApiProblems.NotFound("suspect");
        }

        return await registry.ReadAsync(db => db.Prosecutions.AnyAsync(p => p.Id == prosecutionId && p.SuspectId == id, http.RequestAborted))
            ? null
            : ApiProblems.NotFound("prosecution of this suspect");
    }

    /// <summary>The page refuses a date after today for every step of the chain; so does the API, in the caller's language.</summary>
    private static FieldError? Future(DateOnly on, SuspectRegister register, string field) =>
        on > register.Today
            ? new FieldError(field, $"the date {on:yyyy-MM-dd} lies in the future.", $"de datum {on:yyyy-MM-dd} ligt in de toekomst.")
            : null;

    public sealed record ProsecutionRequest(DateOnly? RegisteredOn);

    /// <summary>A decision; a dismissal needs its reason, and only a dismissal has one.</summary>
    public sealed record DecisionRequest(ProsecutionDecision? Decision, DateOnly? DecidedOn, DismissalReason? DismissalReason);

    public sealed record VerdictRequest(VerdictOutcome? Outcome, DateOnly? DecidedOn);

    /// <summary>A sentence: months for (suspended) prison, hours for community service, euros for a fine.</summary>
    public sealed record SentenceRequest(SentenceType? Type, int? Months, int? Hours, decimal? Euros);

    public sealed record SupervisionRequest(DateOnly? StartedOn);

    public sealed record SupervisionEnd(SupervisionOutcome? Outcome, DateOnly? EndedOn);

    public sealed record ReoffenceRequest(DateOnly? OccurredOn, OffenceType? Offence);

    /// <summary>The id of what a step created; the suspect's document shows it in the chain.</summary>
    public sealed record StepCreated(Guid Id);
}
