using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zicht.Domain.Audit;
using Zicht.Domain.Registry;
using Zicht.Web.Identity;
using Zicht.Web.Services;

namespace Zicht.Web.Api;

/// <summary>
/// /api/v1/signals: a partner system files a signal (the same rules as the signal form, checked by the same
/// service) and lists or reads its own organisation's signals.
/// </summary>
public static class SignalsApi
{
    public const int PageSize = 50;

    public static void Map(RouteGroupBuilder api)
    {
        var signals = api.MapGroup("/signals").WithTags("Signals").RequireAuthorization(ApiPolicies.Signal);
        signals.MapPost("/", FileAsync).WithName("FileSignal").WithSummary("File a signal")
            .WithDescription("Only the signal date, at least one form of exploitation and the consent answer are required. When the person is known already, knownPerson says so (possiblyKnown: a case worker will review the link), and nothing more.")
            .Accepts<SignalRequest>("application/json");
        signals.MapGet("/", ListAsync).WithName("ListSignals").WithSummary("The signals of the key's own organisation, newest first");
        signals.MapGet("/{id:guid}", GetAsync).WithName("GetSignal").WithSummary("One signal of the key's own organisation (the view is audited)");
    }

    internal static async Task<Results<Created<SignalFiled>, ValidationProblem, ProblemHttpResult>> FileAsync(
        HttpContext http, SignalRegistration registration, RegistryWork registry, TimeProvider clock)
    {
        var (request, unreadable) = await ApiJson.ReadAsync<SignalRequest>(http.Request);
        if (request is null)
        {
            return ApiProblems.Invalid(http, [unreadable!]);
        }

        var actor = Actor.From(http.User);
        var missing = new List<FieldError>();
        if (request.SignalDate is null)
        {
            missing.Add(new FieldError(nameof(SignalRequest.SignalDate), "fill in the date of the signal.", "vul de datum van het signaal in."));
        }

        if (request.Consent is null)
        {
            missing.Add(new FieldError(nameof(SignalRequest.Consent), "say whether the person gave consent (given, refused, or notRequired for police, border police and labour inspectorate).", "geef aan of de persoon toestemming gaf (given, refused, of notRequired voor politie, marechaussee en arbeidsinspectie)."));
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var details = request.ToDetails(today);
        if (missing.Count > 0)
        {
            // Report every broken rule at once, as the form does, not only the missing fields.
            var organisation = await registry.ReadAsync(db => db.Organisations.SingleOrDefaultAsync(o => o.Id == actor.OrganisationId));
            if (organisation is not null)
            {
                missing.AddRange(SignalRules.Check(organisation, details, today));
            }

            return ApiProblems.Invalid(http, missing);
        }

        SignalOutcome outcome;
        try
        {
            outcome = await registration.RegisterAsync(actor, details, http.RequestAborted);
        }
        catch (UnauthorizedAccessException)
        {
            return ApiProblems.Forbidden("Only a signaller key of a partner organisation files signals.");
        }

        if (!outcome.Accepted)
        {
            return ApiProblems.Invalid(http, outcome.Errors);
        }

        return TypedResults.Created($"/api/v1/signals/{outcome.SignalId}", new SignalFiled(outcome.SignalId!.Value, outcome.KnownPerson, outcome.PossiblyKnown));
    }

    internal static async Task<Ok<IReadOnlyList<SignalSummary>>> ListAsync(HttpContext http, RegistryWork registry, int page = 0)
    {
        var org = Actor.From(http.User).OrganisationId;
        var rows = org is null
            ? []
            : await registry.ReadAsync<IReadOnlyList<SignalSummary>>(async db =>
                (await db.Signals.Where(s => s.OrganisationId == org).OrderByDescending(s => s.SignalDate).ThenBy(s => s.Id)
                    .Skip(Math.Max(0, page) * PageSize).Take(PageSize)
                    .Select(s => new { s.Id, s.SignalDate, s.RecordedAt, s.Forms, s.MunicipalityCode, s.VictimStatus })
                    .ToListAsync(http.RequestAborted))
                .Select(s => new SignalSummary(s.Id, s.SignalDate, s.RecordedAt, s.Forms, s.MunicipalityCode, s.VictimStatus)).ToList());
        return TypedResults.Ok(rows);
    }

    internal static async Task<Results<Ok<SignalDocument>, ProblemHttpResult>> GetAsync(HttpContext http, RegistryWork registry, Guid id)
    {
        var actor = Actor.From(http.User);
        var org = actor.OrganisationId;
        // Another organisation's signal is "not found", exactly as on the signal page: its existence is not theirs to know.
        var signal = await registry.ReadAsync(db => db.Signals.SingleOrDefaultAsync(s => s.Id == id && s.OrganisationId == org, http.RequestAborted));
        if (signal is null)
        {
            return ApiProblems.NotFound("signal");
        }

        await registry.AuditAsync(actor, AuditAction.View, nameof(Signal), signal.Id, signal.PersonId, ct: http.RequestAborted);
        return TypedResults.Ok(SignalDocument.From(signal));
    }

    /// <summary>A signal as a partner system files it; the fields of the signal form, codes as in the OpenAPI document.</summary>
    public sealed record SignalRequest
    {
        public DateOnly? SignalDate { get; init; }
        public IReadOnlyList<ExploitationForm>? Forms { get; init; }
        public LabourSector? LabourSector { get; init; }
        public SexualExploitationType? SexualExploitationType { get; init; }
        public IReadOnlyList<Indicator>? Indicators { get; init; }

        /// <summary>CBS code (GM0363) of the municipality of exploitation.</summary>
        public string? MunicipalityCode { get; init; }

        /// <summary>ISO 3166-1 alpha-2; NL when left out.</summary>
        public string? CountryOfExploitation { get; init; }

        public string? Nationality { get; init; }
        public Gender? Gender { get; init; }
        public string? GivenName { get; init; }
        public string? FamilyName { get; init; }
        public DateOnly? DateOfBirth { get; init; }
        public string? DocumentNumber { get; init; }
        public string? PlaceOfBirth { get; init; }
        public int? EstimatedAge { get; init; }
        public ResidenceStatus? ResidenceStatus { get; init; }
        public ConsentStatus? Consent { get; init; }
        public string? Narrative { get; init; }

        internal SignalDetails ToDetails(DateOnly today) => new()
        {
            SignalDate = SignalDate ?? today,
            Forms = Forms ?? [],
            LabourSector = LabourSector,
            SexualExploitationType = SexualExploitationType,
            Indicators = Indicators ?? [],
            MunicipalityCode = string.IsNullOrWhiteSpace(MunicipalityCode) ? null : MunicipalityCode.Trim().ToUpperInvariant(),
            CountryOfExploitation = string.IsNullOrWhiteSpace(CountryOfExploitation) ? Countries.Netherlands : CountryOfExploitation.Trim().ToUpperInvariant(),
            Nationality = string.IsNullOrWhiteSpace(Nationality) ? null : Nationality.Trim().ToUpperInvariant(),
            Gender = Gender ?? Domain.Registry.Gender.Unknown,
            Identity = new PersonIdentity(GivenName, FamilyName, DateOfBirth, DocumentNumber, PlaceOfBirth),
            EstimatedAge = EstimatedAge,
            ResidenceStatus = ResidenceStatus ?? Domain.Registry.ResidenceStatus.Unknown,
            Consent = Consent ?? ConsentStatus.Given,
            Narrative = string.IsNullOrWhiteSpace(Narrative) ? null : Narrative,
        };
    }

    /// <summary>
    /// The answer to a filed signal, as the form's notice: its id; whether the person was known already (the signal
    /// joined their case), or possibly known (a case worker will review the link). Never who, nor whose case.
    /// </summary>
    public sealed record SignalFiled(Guid Id, bool KnownPerson, bool PossiblyKnown);

    /// <summary>One line of the organisation's signals: no names.</summary>
    public sealed record SignalSummary(Guid Id, DateOnly SignalDate, DateTimeOffset RecordedAt, IReadOnlyList<ExploitationForm> Forms, string? MunicipalityCode, VictimStatus VictimStatus);

    /// <summary>A signal with what the organisation recorded, identifying fields included.</summary>
    public sealed record SignalDocument(
        Guid Id, DateOnly SignalDate, DateTimeOffset RecordedAt, IReadOnlyList<ExploitationForm> Forms, LabourSector? LabourSector,
        SexualExploitationType? SexualExploitationType, IReadOnlyList<Indicator> Indicators, string? MunicipalityCode, string CountryOfExploitation,
        string? Nationality, Gender Gender, string? GivenName, string? FamilyName, DateOnly? DateOfBirth, string? DocumentNumber, string? PlaceOfBirth,
        int? EstimatedAge, bool? IsMinor, ResidenceStatus ResidenceStatus, ConsentStatus Consent, VictimStatus VictimStatus, string? Narrative)
    {
        internal static SignalDocument From(Signal s) => new(
            s.Id, s.SignalDate, s.RecordedAt, s.Forms, s.LabourSector, s.SexualExploitationType, s.Indicators, s.MunicipalityCode, s.CountryOfExploitation,
            s.Nationality, s.Gender, s.GivenName, s.FamilyName, s.DateOfBirth, s.DocumentNumber, s.PlaceOfBirth, s.EstimatedAge, s.IsMinor,
            s.ResidenceStatus, s.Consent, s.VictimStatus, s.Narrative);
    }
}
