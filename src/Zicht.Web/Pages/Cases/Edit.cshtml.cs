using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Zicht.Domain;
using Zicht.Domain.Registry;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Cases;

/// <summary>
/// Edits a case's status and municipality, and corrects the person's identity, under optimistic concurrency:
/// when someone else saved first, the page shows their values beside the user's own (kept in the form).
/// </summary>
public sealed class EditModel(CaseQueries cases, CaseCommands commands, MunicipalityDirectory municipalities) : ZichtPageModel
{
    [BindProperty] public int CaseVersion { get; set; }
    [BindProperty] public CaseStatus Status { get; set; }
    [BindProperty] public string? Municipality { get; set; }
    [BindProperty] public int PersonVersion { get; set; }
    [BindProperty] public string? GivenName { get; set; }
    [BindProperty] public string? FamilyName { get; set; }
    [BindProperty] public DateOnly? DateOfBirth { get; set; }
    [BindProperty] public string? DocumentNumber { get; set; }

    public Guid Id { get; private set; }
    public string Pseudonym { get; private set; } = "";

    /// <summary>What another user saved in the meantime, shown beside the user's own values.</summary>
    public Case? TheirCase { get; private set; }
    public Person? TheirPerson { get; private set; }
    public string TheirMunicipality { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Id = id;
        var (view, access) = await cases.OpenAsync(Actor, id, HttpContext.RequestAborted);
        if (CaseGate.Check(this, access, id) is { } refused)
        {
            return refused;
        }

        var v = view!;
        Pseudonym = v.Person.Pseudonym;
        CaseVersion = v.Case.Version;
        Status = v.Case.Status;
        Municipality = v.Case.MunicipalityCode is null ? null : await municipalities.NameAsync(v.Case.MunicipalityCode);
        PersonVersion = v.Person.Version;
        GivenName = v.Person.GivenName;
        FamilyName = v.Person.FamilyName;
        DateOfBirth = v.Person.DateOfBirth;
        DocumentNumber = v.Person.DocumentNumber;
        return Page();
    }

    public async Task<IActionResult> OnPostCaseAsync(Guid id)
    {
        Id = id;
        string? code = null;
        if (!string.IsNullOrWhiteSpace(Municipality))
        {
            code = (await municipalities.FindAsync(Municipality))?.Code;
            if (code is null)
            {
                Fail(nameof(Municipality), T.Format("No municipality is called or coded '{0}'; choose one from the list.", Municipality.Trim()));
                return await ReloadAsync(id);
            }
        }

        EditOutcome<Case> outcome;
        try
        {
            outcome = await commands.UpdateCaseAsync(Actor, id, CaseVersion, Status, code);
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
        catch (DomainException e)
        {
            Fail("", e.MessageIn(CultureInfo.CurrentUICulture));
            return await ReloadAsync(id);
        }

        if (!outcome.Saved)
        {
            TheirCase = outcome.Current;
            TheirMunicipality = await municipalities.NameAsync(outcome.Current.MunicipalityCode);
            Fail("", T["Someone else changed this case while you were editing. Their values are shown beside yours; your values are still in the form. Save again to replace theirs."]);
            CaseVersion = outcome.Current.Version;
            return await ReloadAsync(id);
        }

        Notice = T["The case is saved."];
        return RedirectToPage("/Cases/Details", new { id });
    }

    public async Task<IActionResult> OnPostPersonAsync(Guid id)
    {
        Id = id;
        EditOutcome<Person> outcome;
        try
        {
            outcome = await commands.CorrectIdentityAsync(Actor, id, PersonVersion, new PersonIdentity(GivenName, FamilyName, DateOfBirth, DocumentNumber));
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
        catch (DomainException e)
        {
            Fail("", e.MessageIn(CultureInfo.CurrentUICulture));
            return await ReloadAsync(id);
        }

        if (!outcome.Saved)
        {
            TheirPerson = outcome.Current;
            Fail("", T["Someone else changed this person while you were editing. Their values are shown beside yours; your values are still in the form. Save again to replace theirs."]);
            PersonVersion = outcome.Current.Version;
            return await ReloadAsync(id);
        }

        Notice = T["The person is saved."];
        return RedirectToPage("/Cases/Details", new { id });
    }

    private async Task<IActionResult> ReloadAsync(Guid id)
    {
        var (view, access) = await cases.OpenAsync(Actor, id, HttpContext.RequestAborted);
        if (CaseGate.Check(this, access, id) is { } refused)
        {
            return refused;
        }

        Pseudonym = view!.Person.Pseudonym;
        return Page();
    }
}
