using Microsoft.AspNetCore.Http.HttpResults;
using Zicht.Domain.Triage;
using Zicht.Web.Identity;
using Zicht.Web.Services;

namespace Zicht.Web.Api;

/// <summary>
/// /api/v1/assessments: records a triage of a case in scope. The answer carries the rules' advice and which rule
/// fired because of which vulnerabilities, as the triage page shows.
/// </summary>
public static class AssessmentsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var assessments = api.MapGroup("/assessments").WithTags("Assessments").RequireAuthorization(ApiPolicies.Cases);
        assessments.MapPost("/", CreateAsync).WithName("CreateAssessment")
            .WithSummary("Assess a case's help needs and vulnerabilities; the rules advise a priority and referrals")
            .Accepts<AssessmentRequest>("application/json");
    }

    internal static async Task<Results<Created<AssessmentCreated>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpContext http, CaseQueries queries, CaseCommands commands)
    {
        var (request, unreadable) = await ApiJson.ReadAsync<AssessmentRequest>(http.Request);
        if (request is null)
        {
            return ApiProblems.Invalid(http, [unreadable!]);
        }

        if (request.CaseId is not { } caseId)
        {
            return ApiProblems.Invalid(http, nameof(AssessmentRequest.CaseId), "give the id of the case.", "geef het id van het dossier.");
        }

        return await CasesApi.OnCaseAsync(http, queries, caseId, async actor =>
        {
            var (assessment, advice) = await commands.AssessAsync(actor, caseId, request.Vulnerabilities ?? [], request.Priority, request.Notes, http.RequestAborted);
            return TypedResults.Created($"/api/v1/cases/{caseId}", new AssessmentCreated(
                assessment.Id, caseId, assessment.AssessedOn, assessment.Vulnerabilities, assessment.Priority,
                new Advice(advice.Priority, advice.Recommendations, advice.Fired.Select(f => new Firing(f.Rule.Name, f.Rule.Priority, f.Rule.Recommend, f.Because)).ToList())));
        }, field: "");
    }

    /// <summary>An assessment: the vulnerabilities found; a priority only to override the rules' advice.</summary>
    public sealed record AssessmentRequest(Guid? CaseId, IReadOnlyList<Vulnerability>? Vulnerabilities, Priority? Priority, string? Notes);

    public sealed record AssessmentCreated(Guid Id, Guid CaseId, DateOnly AssessedOn, IReadOnlyList<Vulnerability> Vulnerabilities, Priority Priority, Advice Advice);

    /// <summary>What the rules advised, and why.</summary>
    public sealed record Advice(Priority Priority, IReadOnlyList<HelpType> Recommendations, IReadOnlyList<Firing> Fired);

    /// <summary>One rule that fired, and the vulnerabilities that made it fire.</summary>
    public sealed record Firing(string Rule, Priority Priority, IReadOnlyList<HelpType> Recommend, IReadOnlyList<Vulnerability> Because);
}
