using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Domain.Organisations;
using Zicht.Domain.Reference;
using Zicht.Domain.Registry;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Signals;

/// <summary>The low-threshold signal form: a date, a form of exploitation and a consent answer are all that is required.</summary>
public sealed class NewModel(SignalRegistration registration, MunicipalityDirectory municipalities, RegistryWork registry, TimeProvider clock) : ZichtPageModel
{
    [BindProperty] public DateOnly? SignalDate { get; set; }
    [BindProperty] public List<ExploitationForm> Forms { get; set; } = [];
    [BindProperty] public LabourSector? LabourSector { get; set; }
    [BindProperty] public SexualExploitationType? SexualExploitationType { get; set; }
    [BindProperty] public List<Indicator> Indicators { get; set; } = [];
    [BindProperty] public string? Municipality { get; set; }
    [BindProperty] public string CountryOfExploitation { get; set; } = Countries.Netherlands;
    [BindProperty] public string? Nationality { get; set; }
    [BindProperty] public Gender Gender { get; set; } = Gender.Unknown;
    [BindProperty] public string? GivenName { get; set; }
    [BindProperty] public string? FamilyName { get; set; }
    [BindProperty] public DateOnly? DateOfBirth { get; set; }
    [BindProperty] public string? DocumentNumber { get; set; }
    [BindProperty] public string? PlaceOfBirth { get; set; }
    [BindProperty] public int? EstimatedAge { get; set; }
    [BindProperty] public ResidenceStatus ResidenceStatus { get; set; } = ResidenceStatus.Unknown;
    [BindProperty] public ConsentStatus? Consent { get; set; }
    [BindProperty] public string? Narrative { get; set; }

    public Organisation? Organisation { get; private set; }
    public IReadOnlyList<Municipality> MunicipalityList { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> CountryList { get; private set; } = [];

    public async Task OnGetAsync()
    {
        SignalDate = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (SignalDate is null)
        {
            Fail(nameof(SignalDate), T["Fill in the date of the signal."]);
        }

        if (Consent is null)
        {
            Fail(nameof(Consent), T["Say whether the person gave consent."]);
        }

        string? municipalityCode = null;
        if (!string.IsNullOrWhiteSpace(Municipality))
        {
            var found = await municipalities.FindAsync(Municipality);
            if (found is null)
            {
                Fail("MunicipalityCode", T.Format("No municipality is called or coded '{0}'; choose one from the list.", Municipality.Trim()));
            }
            else
            {
                municipalityCode = found.Code;
            }
        }

        var details = new SignalDetails
        {
            SignalDate = SignalDate ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
            Forms = Forms,
            LabourSector = LabourSector,
            SexualExploitationType = SexualExploitationType,
            Indicators = Indicators,
            MunicipalityCode = municipalityCode,
            CountryOfExploitation = string.IsNullOrWhiteSpace(CountryOfExploitation) ? Countries.Netherlands : CountryOfExploitation.Trim(),
            Nationality = string.IsNullOrWhiteSpace(Nationality) ? null : Nationality.Trim(),
            Gender = Gender,
            Identity = new PersonIdentity(GivenName, FamilyName, DateOfBirth, DocumentNumber, PlaceOfBirth),
            EstimatedAge = EstimatedAge,
            ResidenceStatus = ResidenceStatus,
            Consent = Consent ?? ConsentStatus.Given,
            Narrative = Narrative,
        };
        if (Errors.Count > 0)
        {
            // Show every broken rule at once, not only the ones this page checks itself.
            if (Organisation is not null)
            {
                AddErrors(SignalRules.Check(Organisation, details, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
            }

            return Page();
        }

        var outcome = await registration.RegisterAsync(Actor, details, HttpContext.RequestAborted);
        if (!outcome.Accepted)
        {
            AddErrors(outcome.Errors);
            return Page();
        }

        Notice = outcome.KnownPerson
            ? T["Thank you: the signal is registered. This person is probably known already: a linked case exists, and your signal has been added to it."]
            : outcome.PossiblyKnown
                ? T["Thank you: the signal is registered. This person may be known already: the registration centre will check whether an earlier case is the same person."]
                : T["Thank you: the signal is registered. The registration centre will assess it."];
        return RedirectToPage("/Signals/Index");
    }

    private async Task LoadAsync()
    {
        var orgId = Actor.OrganisationId;
        Organisation = orgId is null ? null : await registry.ReadAsync(db => db.Organisations.SingleOrDefaultAsync(o => o.Id == orgId));
        MunicipalityList = (await municipalities.AllAsync()).Where(m => m.IsCurrent).ToList();
        var culture = CultureInfo.CurrentUICulture;
        CountryList = Countries.All.Select(c => (c, Countries.Name(c, culture))).OrderBy(c => c.Item2, StringComparer.Create(culture, true)).ToList();
    }

    private void AddErrors(IEnumerable<FieldError> errors)
    {
        foreach (var e in errors)
        {
            var message = Capitalise(e.MessageIn(CultureInfo.CurrentUICulture));
            Errors[e.Field] = Errors.TryGetValue(e.Field, out var earlier) ? earlier + " " + message : message;
        }
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpper(s[0], CultureInfo.CurrentCulture) + s[1..];
}
