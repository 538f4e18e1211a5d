using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Zicht.Domain;
using Zicht.Domain.Follow;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Cases;

/// <summary>Records a later victimisation of the person, with the source it came from.</summary>
public sealed class VictimisationModel(CaseQueries cases, CaseCommands commands) : ZichtPageModel
{
    [BindProperty] public DateOnly? OccurredOn { get; set; }
    [BindProperty] public OffenceType? Offence { get; set; }
    [BindProperty] public string? Source { get; set; }

    public Guid Id { get; private set; }
    public string Pseudonym { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        if (OccurredOn is null)
        {
            Fail(nameof(OccurredOn), T["Fill in the date."]);
        }

        if (Offence is null)
        {
            Fail(nameof(Offence), T["Choose the offence."]);
        }

        if (string.IsNullOrWhiteSpace(Source))
        {
            Fail(nameof(Source), T["Name the source."]);
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        try
        {
            await commands.AddVictimisationAsync(Actor, id, OccurredOn!.Value, Offence!.Value, Source!);
        }
        catch (DomainException e)
        {
            Fail(nameof(OccurredOn), e.MessageIn(CultureInfo.CurrentUICulture));
            return Page();
        }

        Notice = T["The victimisation is recorded."];
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
