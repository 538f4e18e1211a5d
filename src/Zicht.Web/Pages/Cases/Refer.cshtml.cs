using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zicht.Domain;
using Zicht.Domain.Organisations;
using Zicht.Domain.Triage;
using Zicht.Web.Hosting;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Cases;

/// <summary>Refers the person for help, with a date by which the referral must be followed up.</summary>
public sealed class ReferModel(CaseQueries cases, CaseCommands commands, RegistryWork registry, IOptions<ZichtWebOptions> options) : ZichtPageModel
{
    [BindProperty(SupportsGet = true, Name = "help")] public HelpType? Help { get; set; }
    [BindProperty] public Guid? ToOrganisation { get; set; }
    [BindProperty] public DateOnly? FollowUpBy { get; set; }

    public Guid Id { get; private set; }
    public string Pseudonym { get; private set; } = "";
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        FollowUpBy = commands.Today.AddDays(options.Value.FollowUpDays);
        return await LoadAsync(id) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        if (Help is null)
        {
            Fail(nameof(Help), T["Choose the kind of help."]);
        }

        if (FollowUpBy is null)
        {
            Fail(nameof(FollowUpBy), T["Fill in the follow-up date."]);
        }
        else if (FollowUpBy < commands.Today)
        {
            Fail(nameof(FollowUpBy), T["The follow-up date cannot lie in the past."]);
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        try
        {
            await commands.ReferAsync(Actor, id, Help!.Value, FollowUpBy!.Value, ToOrganisation);
        }
        catch (DomainException e)
        {
            Fail("", e.MessageIn(CultureInfo.CurrentUICulture));
            return Page();
        }

        Notice = T["The referral is registered."];
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
        Organisations = await registry.ReadAsync<IReadOnlyList<Organisation>>(async db => await db.Organisations.OrderBy(o => o.Name).ToListAsync());
        return null;
    }
}
