using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zicht.Domain;
using Zicht.Domain.Follow;
using Zicht.Domain.Perpetrators;
using Zicht.Domain.Registry;
using Zicht.Web.Identity;
using Zicht.Web.Services;

namespace Zicht.Web.Api;

/// <summary>/api/v1/suspects: register suspects with their victims (by pseudonym), list them, open one (audited) and link another victim.</summary>
public static class SuspectsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var suspects = api.MapGroup("/suspects").WithTags("Suspects").RequireAuthorization(ApiPolicies.Cases);
        suspects.MapGet("/", ListAsync).WithName("ListSuspects").WithSummary("Suspects by pseudonym, newest first (50 a page)");
        suspects.MapGet("/{id:guid}", GetAsync).WithName("GetSuspect").WithSummary("One suspect with victims and the criminal-justice chain (the view is audited)");
        suspects.MapPost("/", CreateAsync).WithName("CreateSuspect")
            .WithSummary("Register a suspect; victims are named by their case pseudonyms, and a suspect who is also a registered person by their own")
            .Accepts<SuspectRequest>("application/json");
        suspects.MapPost("/{id:guid}/victims", LinkVictimAsync).WithName("LinkVictim").WithSummary("Link one more victim (by pseudonym) to a suspect")
            .Accepts<VictimLink>("application/json");
    }

    internal static async Task<Ok<IReadOnlyList<SuspectRow>>> ListAsync(HttpContext http, SuspectRegister register, int page = 0) =>
        TypedResults.Ok(await register.ListAsync(Actor.From(http.User), page, http.RequestAborted));

    internal static async Task<Results<Ok<SuspectDocument>, ProblemHttpResult>> GetAsync(HttpContext http, SuspectRegister register, Guid id)
    {
        var view = await register.OpenAsync(Actor.From(http.User), id, http.RequestAborted);
        return view is null ? ApiProblems.NotFound("suspect") : TypedResults.Ok(SuspectDocument.From(view));
    }

    internal static async Task<Results<Created<SuspectCreated>, ValidationProblem>> CreateAsync(HttpContext http, SuspectRegister register)
    {
        var (request, unreadable) = await ApiJson.ReadAsync<SuspectRequest>(http.Request);
        if (request is null)
        {
            return ApiProblems.Invalid(http, [unreadable!]);
        }

        var registeredOn = request.RegisteredOn ?? register.Today;
        if (registeredOn > register.Today)
        {
            return ApiProblems.Invalid(http, nameof(SuspectRequest.RegisteredOn), "the registration date lies in the future.", "de registratiedatum ligt in de toekomst.");
        }

        if (request.Nationality is { Length: > 0 } n && !Countries.IsValid(n.Trim().ToUpperInvariant()))
        {
            return ApiProblems.Invalid(http, nameof(SuspectRequest.Nationality), $"'{n}' is not an ISO 3166-1 alpha-2 country code.", $"'{n}' is geen landcode volgens ISO 3166-1 alpha-2.");
        }

        try
        {
            var id = await register.CreateAsync(Actor.From(http.User), new PersonIdentity(request.GivenName, request.FamilyName, request.DateOfBirth),
                request.Gender ?? Gender.Unknown, request.Nationality?.Trim().ToUpperInvariant(), registeredOn, request.Victims ?? [], request.OwnPseudonym, http.RequestAborted);
            return TypedResults.Created($"/api/v1/suspects/{id}", new SuspectCreated(id));
        }
        catch (DomainException e)
        {
            // A pseudonym the register could not find is refused on the field that named it (a victim, or the suspect's own).
            return ApiProblems.Invalid(http, e.Field ?? "", e);
        }
    }

    internal static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> LinkVictimAsync(HttpContext http, SuspectRegister register, RegistryWork registry, Guid id)
    {
        if (!await registry.ReadAsync(db => db.Suspects.AnyAsync(s => s.Id == id, http.RequestAborted)))
        {
            return ApiProblems.NotFound("suspect");
        }

        var (request, unreadable) = await ApiJson.ReadAsync<VictimLink>(http.Request);
        if (request is null)
        {
            return ApiProblems.Invalid(http, [unreadable!]);
        }

        if (string.IsNullOrWhiteSpace(request.Pseudonym))
        {
            return ApiProblems.Invalid(http, nameof(VictimLink.Pseudonym), "give the victim's pseudonym (P-…).", "geef het pseudoniem van het slachtoffer (P-…).");
        }

        try
        {
            await register.LinkVictimAsync(Actor.From(http.User), id, request.Pseudonym, http.RequestAborted);
        }
        catch (DomainException e)
        {
            return ApiProblems.Invalid(http, e.Field ?? nameof(VictimLink.Pseudonym), e);
        }

        return TypedResults.NoContent();
    }

    public sealed record SuspectRequest(
        string? GivenName, string? FamilyName, DateOnly? DateOfBirth, Gender? Gender, string? Nationality, DateOnly? RegisteredOn,
        IReadOnlyList<string>? Victims, string? OwnPseudonym);

    public sealed record SuspectCreated(Guid Id);

    public sealed record VictimLink(string? Pseudonym);

    public sealed record VictimItem(Guid CaseId, string Pseudonym);

    public sealed record ProsecutionItem(Guid Id, DateOnly RegisteredOn, ProsecutionDecision? Decision, DateOnly? DecidedOn, DismissalReason? DismissalReason);

    public sealed record SentenceItem(SentenceType Type, int? Months, int? Hours, decimal? Euros);

    public sealed record VerdictItem(Guid Id, Guid ProsecutionId, DateOnly DecidedOn, VerdictOutcome Outcome, IReadOnlyList<SentenceItem> Sentences);

    public sealed record SupervisionItem(Guid Id, DateOnly StartedOn, DateOnly? EndedOn, SupervisionOutcome Outcome);

    public sealed record ReoffenceItem(Guid Id, DateOnly OccurredOn, OffenceType Offence);

    /// <summary>A suspect as the suspect page shows them.</summary>
    public sealed record SuspectDocument(
        Guid Id, string Pseudonym, string? GivenName, string? FamilyName, DateOnly? DateOfBirth, Gender Gender, string? Nationality, DateOnly RegisteredOn,
        IReadOnlyList<VictimItem> Victims, Guid? OwnCaseId, IReadOnlyList<ProsecutionItem> Prosecutions, IReadOnlyList<VerdictItem> Verdicts,
        IReadOnlyList<SupervisionItem> Supervisions, IReadOnlyList<ReoffenceItem> Reoffences)
    {
        internal static SuspectDocument From(SuspectView v) => new(
            v.Suspect.Id, v.Suspect.Pseudonym, v.Suspect.GivenName, v.Suspect.FamilyName, v.Suspect.DateOfBirth, v.Suspect.Gender, v.Suspect.Nationality, v.Suspect.RegisteredOn,
            v.Victims.Select(x => new VictimItem(x.CaseId, x.Pseudonym)).ToList(),
            v.OwnCaseId,
            v.Prosecutions.Select(p => new ProsecutionItem(p.Id, p.RegisteredOn, p.Decision, p.DecidedOn, p.DismissalReason)).ToList(),
            v.Verdicts.Select(x => new VerdictItem(x.Id, x.ProsecutionId, x.DecidedOn, x.Outcome, x.Sentences.Select(s => new SentenceItem(s.Type, s.Months, s.Hours, s.Euros)).ToList())).ToList(),
            v.Supervisions.Select(s => new SupervisionItem(s.Id, s.StartedOn, s.EndedOn, s.Outcome)).ToList(),
            v.Reoffences.Select(r => new ReoffenceItem(r.Id, r.OccurredOn, r.Offence)).ToList());
    }
}
