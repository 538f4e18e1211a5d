using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Zicht.Domain.Triage;
using Zicht.Web.Hosting;
using Zicht.Web.Identity;
using Zicht.Web.Services;

namespace Zicht.Web.Api;

/// <summary>/api/v1/referrals: refer a person in scope for help with a follow-up date, answer a referral, list a case's referrals or the overdue ones.</summary>
public static class ReferralsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var referrals = api.MapGroup("/referrals").WithTags("Referrals").RequireAuthorization(ApiPolicies.Cases);
        referrals.MapPost("/", CreateAsync).WithName("CreateReferral")
            .WithSummary("Refer a case for help; the follow-up date defaults to the configured number of days")
            .Accepts<ReferralRequest>("application/json");
        referrals.MapGet("/", ListAsync).WithName("ListReferrals").WithSummary("The referrals of one case (the case view is audited)");
        referrals.MapGet("/overdue", OverdueAsync).WithName("ListOverdueReferrals").WithSummary("Referrals in scope past their follow-up date without an answer");
        referrals.MapPost("/{id:guid}/answer", AnswerAsync).WithName("AnswerReferral")
            .WithSummary("Answer a referral; accepting it starts the help it asked for")
            .Accepts<ReferralAnswer>("application/json");
    }

    internal static async Task<Results<Created<ReferralDocument>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpContext http, CaseQueries queries, CaseCommands commands, RegistryWork registry, IOptions<ZichtWebOptions> options)
    {
        var (request, unreadable) = await ApiJson.ReadAsync<ReferralRequest>(http.Request);
        if (request is null)
        {
            return ApiProblems.Invalid(http, [unreadable!]);
        }

        var errors = new List<Domain.Registry.FieldError>();
        if (request.CaseId is null)
        {
            errors.Add(new(nameof(ReferralRequest.CaseId), "give the id of the case.", "geef het id van het dossier."));
        }

        if (request.HelpType is null)
        {
            errors.Add(new(nameof(ReferralRequest.HelpType), "choose the kind of help.", "kies de soort hulp."));
        }

        var followUpBy = request.FollowUpBy ?? commands.Today.AddDays(options.Value.FollowUpDays);
        if (followUpBy < commands.Today)
        {
            errors.Add(new(nameof(ReferralRequest.FollowUpBy), "the follow-up date cannot lie in the past.", "de datum voor opvolging kan niet in het verleden liggen."));
        }

        if (await ApiChecks.UnknownOrganisationAsync(registry, request.ToOrganisationId, nameof(ReferralRequest.ToOrganisationId), http.RequestAborted) is { } unknown)
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
            var referral = await commands.ReferAsync(actor, caseId, request.HelpType!.Value, followUpBy, request.ToOrganisationId, http.RequestAborted);
            return TypedResults.Created($"/api/v1/referrals?caseId={caseId}", ReferralDocument.From(referral));
        }, field: "");
    }

    internal static async Task<Results<Ok<IReadOnlyList<ReferralDocument>>, ValidationProblem, ProblemHttpResult>> ListAsync(HttpContext http, CaseQueries queries, Guid? caseId)
    {
        if (caseId is not { } id)
        {
            return ApiProblems.Invalid(http, "caseId", "give the case whose referrals you want (?caseId=…); overdue referrals are at /api/v1/referrals/overdue.", "geef het dossier waarvan u de verwijzingen wilt (?caseId=…); verlopen verwijzingen staan op /api/v1/referrals/overdue.");
        }

        var (view, access) = await queries.OpenAsync(Actor.From(http.User), id, http.RequestAborted);
        if (CasesApi.Refusal(access, id) is { } refused)
        {
            return refused;
        }

        return TypedResults.Ok<IReadOnlyList<ReferralDocument>>(view!.Referrals.Select(ReferralDocument.From).ToList());
    }

    internal static async Task<Ok<IReadOnlyList<OverdueReferral>>> OverdueAsync(HttpContext http, WorkLists work) =>
        TypedResults.Ok(await work.OverdueReferralsAsync(Actor.From(http.User), http.RequestAborted));

    internal static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> AnswerAsync(HttpContext http, CaseQueries queries, CaseCommands commands, Guid id)
    {
        var (request, unreadable) = await ApiJson.ReadAsync<ReferralAnswer>(http.Request);
        if (request is null)
        {
            return ApiProblems.Invalid(http, [unreadable!]);
        }

        if (request.CaseId is not { } caseId || request.Answer is not { } answer)
        {
            return ApiProblems.Invalid(http, request.CaseId is null ? nameof(ReferralAnswer.CaseId) : nameof(ReferralAnswer.Answer),
                "give the case's id and the answer (accepted, declined or withdrawn).", "geef het id van het dossier en het antwoord (accepted, declined of withdrawn).");
        }

        return await CasesApi.OnCaseAsync(http, queries, caseId, async actor =>
        {
            await commands.AnswerReferralAsync(actor, caseId, id, answer, http.RequestAborted);
            return TypedResults.NoContent();
        }, nameof(ReferralAnswer.Answer), item: "referral");
    }

    public sealed record ReferralRequest(Guid? CaseId, HelpType? HelpType, DateOnly? FollowUpBy, Guid? ToOrganisationId);

    public sealed record ReferralAnswer(Guid? CaseId, ReferralStatus? Answer);

    public sealed record ReferralDocument(Guid Id, Guid CaseId, HelpType HelpType, DateOnly ReferredOn, DateOnly FollowUpBy, Guid? ToOrganisationId, ReferralStatus Status, DateOnly? AnsweredOn)
    {
        internal static ReferralDocument From(Referral r) => new(r.Id, r.CaseId, r.HelpType, r.ReferredOn, r.FollowUpBy, r.ToOrganisationId, r.Status, r.AnsweredOn);
    }
}
