using Microsoft.AspNetCore.Http.HttpResults;
using Zicht.Domain.Follow;
using Zicht.Domain.Registry;
using Zicht.Web.Identity;
using Zicht.Web.Services;

namespace Zicht.Web.Api;

/// <summary>
/// /api/v1/victimisations: later crimes against the person of a case in scope, with the source they came from, as
/// on the victimisation page; listed per case. A victimisation belongs to the person, so a merged person's
/// victimisations show on the case that holds them.
/// </summary>
public static class VictimisationsApi
{
    /// <summary>The storage's limit on a source's name.</summary>
    private const int SourceLength = 100;

    public static void Map(RouteGroupBuilder api)
    {
        var victimisations = api.MapGroup("/victimisations").WithTags("Victimisations").RequireAuthorization(ApiPolicies.Cases);
        victimisations.MapPost("/", CreateAsync).WithName("CreateVictimisation")
            .WithSummary("Record a later victimisation of a case's person, with its source")
            .Accepts<VictimisationRequest>("application/json");
        victimisations.MapGet("/", ListAsync).WithName("ListVictimisations").WithSummary("The later victimisations of one case's person (the case view is audited)");
    }

    internal static async Task<Results<Created<VictimisationDocument>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpContext http, CaseQueries queries, CaseCommands commands)
    {
        var (request, unreadable) = await ApiJson.ReadAsync<VictimisationRequest>(http.Request);
        if (request is null)
        {
            return ApiProblems.Invalid(http, [unreadable!]);
        }

        var errors = new List<FieldError>();
        if (request.CaseId is null)
        {
            errors.Add(new(nameof(VictimisationRequest.CaseId), "give the id of the case.", "geef het id van het dossier."));
        }

        if (request.OccurredOn is null)
        {
            errors.Add(new(nameof(VictimisationRequest.OccurredOn), "fill in the date.", "vul de datum in."));
        }
        else if (request.OccurredOn > commands.Today)
        {
            errors.Add(new(nameof(VictimisationRequest.OccurredOn), "a victimisation cannot lie in the future.", "een slachtofferschap kan niet in de toekomst liggen."));
        }

        if (request.Offence is null)
        {
            errors.Add(new(nameof(VictimisationRequest.Offence), "choose the offence.", "kies het delict."));
        }

        if (string.IsNullOrWhiteSpace(request.Source))
        {
            errors.Add(new(nameof(VictimisationRequest.Source), "name the source.", "noem de bron."));
        }
        else if (request.Source.Trim().Length > SourceLength)
        {
            errors.Add(new(nameof(VictimisationRequest.Source), $"a source's name has at most {SourceLength} characters.", $"de naam van een bron heeft hoogstens {SourceLength} tekens."));
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(http, errors);
        }

        var caseId = request.CaseId!.Value;
        return await CasesApi.OnCaseAsync(http, queries, caseId, async actor =>
        {
            var v = await commands.AddVictimisationAsync(actor, caseId, request.OccurredOn!.Value, request.Offence!.Value, request.Source!, http.RequestAborted);
            return TypedResults.Created($"/api/v1/victimisations?caseId={caseId}", VictimisationDocument.From(caseId, v));
        }, nameof(VictimisationRequest.OccurredOn));
    }

    internal static async Task<Results<Ok<IReadOnlyList<VictimisationDocument>>, ValidationProblem, ProblemHttpResult>> ListAsync(HttpContext http, CaseQueries queries, Guid? caseId)
    {
        if (caseId is not { } id)
        {
            return ApiProblems.Invalid(http, "caseId", "give the case whose victimisations you want (?caseId=…).", "geef het dossier waarvan u het slachtofferschap wilt (?caseId=…).");
        }

        var (view, access) = await queries.OpenAsync(Actor.From(http.User), id, http.RequestAborted);
        if (CasesApi.Refusal(access, id) is { } refused)
        {
            return refused;
        }

        return TypedResults.Ok<IReadOnlyList<VictimisationDocument>>(view!.Victimisations.Select(v => VictimisationDocument.From(id, v)).ToList());
    }

    public sealed record VictimisationRequest(Guid? CaseId, DateOnly? OccurredOn, OffenceType? Offence, string? Source);

    public sealed record VictimisationDocument(Guid Id, Guid CaseId, DateOnly OccurredOn, OffenceType Offence, string Source)
    {
        internal static VictimisationDocument From(Guid caseId, Victimisation v) => new(v.Id, caseId, v.OccurredOn, v.Offence, v.Source);
    }
}
