using Microsoft.AspNetCore.Http.HttpResults;
using Zicht.Domain;
using Zicht.Domain.Follow;
using Zicht.Domain.Registry;
using Zicht.Domain.Triage;
using Zicht.Web.Identity;
using Zicht.Web.Services;

namespace Zicht.Web.Api;

/// <summary>
/// /api/v1/cases: the case list and the case within the key's scope, as on the case pages. A case that does not
/// exist is 404; one that exists outside the scope is 403 with the way to break the glass, as the pages send the
/// user to the break-the-glass page. Every open is audited by the same service the page calls.
/// </summary>
public static class CasesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases").RequireAuthorization(ApiPolicies.Cases);
        cases.MapGet("/", ListAsync).WithName("ListCases").WithSummary("Cases in the key's scope, newest first, by pseudonym (50 a page)");
        cases.MapGet("/{id:guid}", GetAsync).WithName("GetCase").WithSummary("One case with its timeline (the view is audited); the ETag is the case's version");
        cases.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateCase").WithSummary("Change a case's status and municipality; needs If-Match with the version read")
            .Accepts<CaseUpdate>("application/json");
        cases.MapPut("/{id:guid}/identity", CorrectIdentityAsync).WithName("CorrectIdentity").WithSummary("Correct the person's identity; needs If-Match with person.version")
            .Accepts<IdentityUpdate>("application/json");
        cases.MapPost("/{id:guid}/break-glass", BreakGlassAsync).WithName("BreakGlass")
            .WithSummary("Open a case outside the key's scope for a limited time, with a stated reason (audited)")
            .Accepts<BreakGlassRequest>("application/json");
    }

    internal static async Task<Ok<IReadOnlyList<CaseSummary>>> ListAsync(HttpContext http, CaseQueries queries, CaseStatus? status, string? pseudonym, int page = 0)
    {
        var rows = await queries.ListAsync(Actor.From(http.User), status, pseudonym, page, http.RequestAborted);
        return TypedResults.Ok<IReadOnlyList<CaseSummary>>(rows.Select(r => new CaseSummary(r.CaseId, r.Pseudonym, r.Status, r.OpenedOn, r.MunicipalityCode, r.Priority)).ToList());
    }

    internal static async Task<Results<Ok<CaseDocument>, ProblemHttpResult>> GetAsync(HttpContext http, CaseQueries queries, Guid id)
    {
        var (view, access) = await queries.OpenAsync(Actor.From(http.User), id, http.RequestAborted);
        if (Refusal(access, id) is { } refused)
        {
            return refused;
        }

        ApiETag.Set(http, view!.Case.Version);
        return TypedResults.Ok(CaseDocument.From(view));
    }

    internal static async Task<Results<Ok<CaseFacts>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        HttpContext http, CaseQueries queries, CaseCommands commands, MunicipalityDirectory municipalities, Guid id)
    {
        var actor = Actor.From(http.User);
        if (Refusal(await queries.AccessAsync(actor, id, http.RequestAborted), id) is { } refused)
        {
            return refused;
        }

        if (ApiETag.Expected(http.Request) is not { } expected)
        {
            return ApiETag.Required();
        }

        var (update, unreadable) = await ApiJson.ReadAsync<CaseUpdate>(http.Request);
        if (update is null)
        {
            return ApiProblems.Invalid(http, [unreadable!]);
        }

        if (update.Status is null)
        {
            return ApiProblems.Invalid(http, nameof(CaseUpdate.Status), "give the case's status.", "geef de status van het dossier.");
        }

        string? code = null;
        if (!string.IsNullOrWhiteSpace(update.MunicipalityCode))
        {
            code = (await municipalities.FindAsync(update.MunicipalityCode))?.Code;
            if (code is null)
            {
                return ApiProblems.Invalid(http, nameof(CaseUpdate.MunicipalityCode), $"no municipality is coded '{update.MunicipalityCode.Trim()}'.", $"geen gemeente heeft de code '{update.MunicipalityCode.Trim()}'.");
            }
        }

        EditOutcome<Case> outcome;
        try
        {
            outcome = await commands.UpdateCaseAsync(actor, id, expected, update.Status.Value, code, http.RequestAborted);
        }
        catch (UnauthorizedAccessException)
        {
            return ApiProblems.OutsideScope(id);
        }
        catch (DomainException e)
        {
            return ApiProblems.Invalid(http, nameof(CaseUpdate.Status), e);
        }

        if (!outcome.Saved)
        {
            // Nothing is lost silently: the caller gets what the other saved, and its version to decide on.
            ApiETag.Set(http, outcome.Current.Version);
            return ApiProblems.Conflict(StatusCodes.Status412PreconditionFailed, "Changed by someone else",
                $"The case is at version {outcome.Current.Version}, not {expected}: someone else saved it first. Read it again, then decide.",
                new Dictionary<string, object?> { ["current"] = CaseFacts.From(outcome.Current) });
        }

        ApiETag.Set(http, outcome.Current.Version);
        return TypedResults.Ok(CaseFacts.From(outcome.Current));
    }

    internal static async Task<Results<Ok<PersonFacts>, ValidationProblem, ProblemHttpResult>> CorrectIdentityAsync(
        HttpContext http, CaseQueries queries, CaseCommands commands, Guid id)
    {
        var actor = Actor.From(http.User);
        if (Refusal(await queries.AccessAsync(actor, id, http.RequestAborted), id) is { } refused)
        {
            return refused;
        }

        if (ApiETag.Expected(http.Request) is not { } expected)
        {
            return ApiETag.Required();
        }

        var (update, unreadable) = await ApiJson.ReadAsync<IdentityUpdate>(http.Request);
        if (update is null)
        {
            return ApiProblems.Invalid(http, [unreadable!]);
        }

        EditOutcome<Person> outcome;
        try
        {
            outcome = await commands.CorrectIdentityAsync(actor, id, expected, new PersonIdentity(update.GivenName, update.FamilyName, update.DateOfBirth, update.DocumentNumber), http.RequestAborted);
        }
        catch (UnauthorizedAccessException)
        {
            return ApiProblems.OutsideScope(id);
        }
        catch (DomainException e)
        {
            return ApiProblems.Invalid(http, "", e);
        }

        ApiETag.Set(http, outcome.Current.Version);
        if (!outcome.Saved)
        {
            return ApiProblems.Conflict(StatusCodes.Status412PreconditionFailed, "Changed by someone else",
                $"The person is at version {outcome.Current.Version}, not {expected}: someone else saved first. Read the case again, then decide.",
                new Dictionary<string, object?> { ["current"] = PersonFacts.From(outcome.Current) });
        }

        return TypedResults.Ok(PersonFacts.From(outcome.Current));
    }

    internal static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> BreakGlassAsync(HttpContext http, CaseQueries queries, CaseCommands commands, Guid id)
    {
        var actor = Actor.From(http.User);
        if (await queries.AccessAsync(actor, id, http.RequestAborted) is CaseAccess.NotFound)
        {
            return ApiProblems.NotFound("case");
        }

        var (request, unreadable) = await ApiJson.ReadAsync<BreakGlassRequest>(http.Request);
        if (request is null)
        {
            return ApiProblems.Invalid(http, [unreadable!]);
        }

        try
        {
            await commands.BreakGlassAsync(actor, id, request.Reason ?? "", http.RequestAborted);
        }
        catch (DomainException)
        {
            return ApiProblems.Invalid(http, nameof(BreakGlassRequest.Reason), "state why you need this case: at least ten characters.", "geef aan waarom u dit dossier nodig hebt: minstens tien tekens.");
        }
        catch (UnauthorizedAccessException)
        {
            return ApiProblems.Forbidden("This key's role cannot open cases.");
        }

        return TypedResults.NoContent();
    }

    /// <summary>The API's answer for a case the key may not simply open (null: go on), as <c>CaseGate</c> does for the pages.</summary>
    /// <summary>
    /// Runs a command on a case for an API caller: the scope check first, as the pages make it, then the command. A
    /// case that left the caller's scope meanwhile, an item that is not the case's (when <paramref name="item"/>
    /// names it) and a broken domain rule become problem details; the rule's message goes on <paramref name="field"/>,
    /// in the caller's language.
    /// </summary>
    internal static async Task<Results<TDone, ValidationProblem, ProblemHttpResult>> OnCaseAsync<TDone>(
        HttpContext http, CaseQueries queries, Guid caseId, Func<Actor, Task<TDone>> command, string field, string? item = null)
        where TDone : IResult
    {
        var actor = Actor.From(http.User);
        if (Refusal(await queries.AccessAsync(actor, caseId, http.RequestAborted), caseId) is { } refused)
        {
            return refused;
        }

        try
        {
            return await command(actor);
        }
        catch (InvalidOperationException) when (item is not null)
        {
            return ApiProblems.NotFound(item);
        }
        catch (UnauthorizedAccessException)
        {
            return ApiProblems.OutsideScope(caseId);
        }
        catch (DomainException e)
        {
            return ApiProblems.Invalid(http, field, e);
        }
    }

    internal static ProblemHttpResult? Refusal(CaseAccess access, Guid id) => access switch
    {
        CaseAccess.InScope or CaseAccess.BrokenGlass => null,
        CaseAccess.NeedsBreakGlass => ApiProblems.OutsideScope(id),
        CaseAccess.NotFound => ApiProblems.NotFound("case"),
        _ => ApiProblems.Forbidden("This key's role cannot open cases."),
    };

    public sealed record CaseUpdate(CaseStatus? Status, string? MunicipalityCode);

    public sealed record IdentityUpdate(string? GivenName, string? FamilyName, DateOnly? DateOfBirth, string? DocumentNumber);

    public sealed record BreakGlassRequest(string? Reason);

    public sealed record CaseSummary(Guid Id, string Pseudonym, CaseStatus Status, DateOnly OpenedOn, string? MunicipalityCode, Priority? Priority);

    public sealed record CaseFacts(Guid Id, CaseStatus Status, DateOnly OpenedOn, DateOnly? ClosedOn, string? MunicipalityCode, int Version)
    {
        internal static CaseFacts From(Case c) => new(c.Id, c.Status, c.OpenedOn, c.ClosedOn, c.MunicipalityCode, c.Version);
    }

    public sealed record PersonFacts(Guid Id, string Pseudonym, string? GivenName, string? FamilyName, DateOnly? DateOfBirth, string? DocumentNumber, Gender Gender, string? Nationality, int Version)
    {
        internal static PersonFacts From(Person p) => new(p.Id, p.Pseudonym, p.GivenName, p.FamilyName, p.DateOfBirth, p.DocumentNumber, p.Gender, p.Nationality, p.Version);
    }

    public sealed record SignalItem(Guid Id, DateOnly SignalDate, string Organisation, IReadOnlyList<ExploitationForm> Forms, string? MunicipalityCode, VictimStatus VictimStatus);

    public sealed record AssessmentItem(Guid Id, DateOnly AssessedOn, IReadOnlyList<Vulnerability> Vulnerabilities, Priority Priority, string? Notes);

    public sealed record ReferralItem(Guid Id, HelpType HelpType, DateOnly ReferredOn, DateOnly FollowUpBy, Guid? ToOrganisationId, ReferralStatus Status, DateOnly? AnsweredOn);

    public sealed record HelpItem(Guid Id, HelpType HelpType, DateOnly StartedOn, DateOnly? EndedOn, Guid? ReferralId, Guid? OrganisationId);

    public sealed record VictimisationItem(Guid Id, DateOnly OccurredOn, OffenceType Offence, string Source);

    public sealed record SuspectItem(Guid Id, string Pseudonym, DateOnly RegisteredOn);

    /// <summary>A case as its page shows it: the person, the case, and everything that happened.</summary>
    public sealed record CaseDocument(
        CaseFacts Case, PersonFacts Person, bool OpenedUnderBreakTheGlass, IReadOnlyList<SignalItem> Signals, IReadOnlyList<AssessmentItem> Assessments,
        IReadOnlyList<ReferralItem> Referrals, IReadOnlyList<HelpItem> Help, IReadOnlyList<VictimisationItem> Victimisations,
        IReadOnlyList<SuspectItem> Suspects, Guid? AlsoSuspectId)
    {
        internal static CaseDocument From(CaseView v) => new(
            CaseFacts.From(v.Case),
            PersonFacts.From(v.Person),
            v.Access == CaseAccess.BrokenGlass,
            v.Signals.Select(s => new SignalItem(s.Id, s.SignalDate, v.Organisations.TryGetValue(s.OrganisationId, out var o) ? o : "", s.Forms, s.MunicipalityCode, s.VictimStatus)).ToList(),
            v.Assessments.Select(a => new AssessmentItem(a.Id, a.AssessedOn, a.Vulnerabilities, a.Priority, a.Notes)).ToList(),
            v.Referrals.Select(r => new ReferralItem(r.Id, r.HelpType, r.ReferredOn, r.FollowUpBy, r.ToOrganisationId, r.Status, r.AnsweredOn)).ToList(),
            v.Help.Select(h => new HelpItem(h.Id, h.HelpType, h.StartedOn, h.EndedOn, h.ReferralId, h.OrganisationId)).ToList(),
            v.Victimisations.Select(x => new VictimisationItem(x.Id, x.OccurredOn, x.Offence, x.Source)).ToList(),
            v.Suspects.Select(s => new SuspectItem(s.Id, s.Pseudonym, s.RegisteredOn)).ToList(),
            v.AlsoSuspect?.Id);
    }
}
