using Microsoft.AspNetCore.Http.HttpResults;
using Zicht.Domain.Registry;
using Zicht.Domain.Triage;
using Zicht.Web.Identity;
using Zicht.Web.Services;

namespace Zicht.Web.Api;

/// <summary>
/// /api/v1/help: help given to a case in scope (help episodes), started without a referral as on the help page,
/// ended as on the case page, and listed per case. An accepted referral starts its help by itself (see referrals).
/// </summary>
public static class HelpApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var help = api.MapGroup("/help").WithTags("Help").RequireAuthorization(ApiPolicies.Cases);
        help.MapPost("/", StartAsync).WithName("StartHelp")
            .WithSummary("Record help that started for a case (a help episode), optionally with the organisation giving it")
            .Accepts<HelpStart>("application/json");
        help.MapGet("/", ListAsync).WithName("ListHelp").WithSummary("The help episodes of one case (the case view is audited)");
        help.MapPost("/{id:guid}/end", EndAsync).WithName("EndHelp")
            .WithSummary("End a help episode; the end cannot lie before its start")
            .Accepts<HelpEnd>("application/json");
    }

    internal static async Task<Results<Created<HelpDocument>, ValidationProblem, ProblemHttpResult>> StartAsync(
        HttpContext http, CaseQueries queries, CaseCommands commands, RegistryWork registry)
    {
        var (request, unreadable) = await ApiJson.ReadAsync<HelpStart>(http.Request);
        if (request is null)
        {
            return ApiProblems.Invalid(http, [unreadable!]);
        }

        var errors = new List<FieldError>();
        if (request.CaseId is null)
        {
            errors.Add(new(nameof(HelpStart.CaseId), "give the id of the case.", "geef het id van het dossier."));
        }

        if (request.HelpType is null)
        {
            errors.Add(new(nameof(HelpStart.HelpType), "choose the kind of help.", "kies de soort hulp."));
        }

        if (request.StartedOn is null)
        {
            errors.Add(new(nameof(HelpStart.StartedOn), "fill in the start date.", "vul de begindatum in."));
        }
        else if (request.StartedOn > commands.Today)
        {
            errors.Add(new(nameof(HelpStart.StartedOn), "help cannot start in the future.", "hulp kan niet in de toekomst beginnen."));
        }

        if (await ApiChecks.UnknownOrganisationAsync(registry, request.OrganisationId, nameof(HelpStart.OrganisationId), http.RequestAborted) is { } unknown)
        {
            errors.Add(unknown);
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(http, errors);
        }

        var caseId = request.CaseId!.Value;
        return await CasesApi.OnCaseAsync(http, queries, caseId, async actor =>
        {
            var episode = await commands.StartHelpAsync(actor, caseId, request.HelpType!.Value, request.StartedOn!.Value, request.OrganisationId, http.RequestAborted);
            return TypedResults.Created($"/api/v1/help?caseId={caseId}", HelpDocument.From(episode));
        }, nameof(HelpStart.StartedOn));
    }

    internal static async Task<Results<Ok<IReadOnlyList<HelpDocument>>, ValidationProblem, ProblemHttpResult>> ListAsync(HttpContext http, CaseQueries queries, Guid? caseId)
    {
        if (caseId is not { } id)
        {
            return ApiProblems.Invalid(http, "caseId", "give the case whose help you want (?caseId=…).", "geef het dossier waarvan u de hulp wilt (?caseId=…).");
        }

        var (view, access) = await queries.OpenAsync(Actor.From(http.User), id, http.RequestAborted);
        if (CasesApi.Refusal(access, id) is { } refused)
        {
            return refused;
        }

        return TypedResults.Ok<IReadOnlyList<HelpDocument>>(view!.Help.Select(HelpDocument.From).ToList());
    }

    internal static async Task<Results<Ok<HelpDocument>, ValidationProblem, ProblemHttpResult>> EndAsync(HttpContext http, CaseQueries queries, CaseCommands commands, Guid id)
    {
        var (request, unreadable) = await ApiJson.ReadAsync<HelpEnd>(http.Request);
        if (request is null)
        {
            return ApiProblems.Invalid(http, [unreadable!]);
        }

        var errors = new List<FieldError>();
        if (request.CaseId is null)
        {
            errors.Add(new(nameof(HelpEnd.CaseId), "give the id of the case.", "geef het id van het dossier."));
        }

        if (request.EndedOn is null)
        {
            errors.Add(new(nameof(HelpEnd.EndedOn), "fill in the end date.", "vul de einddatum in."));
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(http, errors);
        }

        // The episode's rule is that it cannot end before it starts; an episode not of this case is not found.
        var caseId = request.CaseId!.Value;
        return await CasesApi.OnCaseAsync(
            http, queries, caseId,
            async actor => TypedResults.Ok(HelpDocument.From(await commands.EndHelpAsync(actor, caseId, id, request.EndedOn!.Value, http.RequestAborted))),
            nameof(HelpEnd.EndedOn), item: "help episode");
    }

    /// <summary>Help that started; without an organisation it is help recorded by the case worker's own.</summary>
    public sealed record HelpStart(Guid? CaseId, HelpType? HelpType, DateOnly? StartedOn, Guid? OrganisationId);

    public sealed record HelpEnd(Guid? CaseId, DateOnly? EndedOn);

    public sealed record HelpDocument(Guid Id, Guid CaseId, HelpType HelpType, DateOnly StartedOn, DateOnly? EndedOn, Guid? ReferralId, Guid? OrganisationId)
    {
        internal static HelpDocument From(HelpEpisode h) => new(h.Id, h.CaseId, h.HelpType, h.StartedOn, h.EndedOn, h.ReferralId, h.OrganisationId);
    }
}
