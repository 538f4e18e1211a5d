using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Zicht.Domain;
using Zicht.Domain.Triage;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Cases;

/// <summary>One page per person: identity, case and a timeline of everything that happened; opening it is audited.</summary>
public sealed class DetailsModel(CaseQueries cases, CaseCommands commands, MunicipalityDirectory municipalities) : ZichtPageModel
{
    public CaseView View { get; private set; } = null!;
    public string MunicipalityName { get; private set; } = "";
    public DateOnly Today => commands.Today;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (view, access) = await cases.OpenAsync(Actor, id, HttpContext.RequestAborted);
        if (CaseGate.Check(this, access, id) is { } refused)
        {
            return refused;
        }

        View = view!;
        MunicipalityName = await municipalities.NameAsync(View.Case.MunicipalityCode);
        return Page();
    }

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, Guid referralId, ReferralStatus answer)
    {
        try
        {
            await commands.AnswerReferralAsync(Actor, id, referralId, answer);
            Notice = T["The referral is answered."];
        }
        catch (DomainException e)
        {
            Notice = e.MessageIn(CultureInfo.CurrentUICulture);
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }

        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostEndHelpAsync(Guid id, Guid helpId, DateOnly? endedOn)
    {
        try
        {
            await commands.EndHelpAsync(Actor, id, helpId, endedOn ?? commands.Today);
            Notice = T["The help episode is ended."];
        }
        catch (DomainException e)
        {
            Notice = e.MessageIn(CultureInfo.CurrentUICulture);
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }

        return RedirectToPage(new { id });
    }
}
