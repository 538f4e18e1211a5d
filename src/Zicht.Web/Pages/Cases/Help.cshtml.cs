using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Zicht.Domain;
using Zicht.Domain.Triage;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Cases;

/// <summary>Records help given without a referral in the registry (a help episode).</summary>
public sealed class HelpModel(CaseQueries cases, CaseCommands commands) : ZichtPageModel
{
    [BindProperty] public HelpType? HelpType { get; set; }
    [BindProperty] public DateOnly? StartedOn { get; set; }

    public Guid Id { get; private set; }
    public string Pseudonym { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        StartedOn = commands.Today;
        return await LoadAsync(id) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        if (HelpType is null)
        {
            Fail(nameof(HelpType), T["Choose the kind of help."]);
        }

        if (StartedOn is null)
        {
            Fail(nameof(StartedOn), T["Fill in the start date."]);
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        try
        {
            await commands.StartHelpAsync(Actor, id, HelpType!.Value, StartedOn!.Value, null);
        }
        catch (DomainException e)
        {
            Fail(nameof(StartedOn), e.MessageIn(CultureInfo.CurrentUICulture));
            return Page();
        }

        Notice = T["The help is recorded."];
        return RedirectToPage("/Cases/Details", new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        Id = id;
        var (view, access) = await cases.OpenAsync(Actor, id, HttpContext.RequestAborted);
        if (CaseGate.Check(this, access, id) is { } refused)
        {
            return refused;
        }

        Pseudonym = view!.Person.Pseudonym;
        return null;
    }
}
