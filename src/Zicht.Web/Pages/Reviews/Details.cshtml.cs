using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Zicht.Domain;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Reviews;

/// <summary>
/// One review: the new signal and the candidate person side by side, with the model's explanation per comparison;
/// Accept merges the signal's person into the candidate, Reject closes the review. Opening it is audited.
/// </summary>
public sealed class DetailsModel(LinkReviews reviews, MunicipalityDirectory municipalities) : ZichtPageModel
{
    public ReviewView View { get; private set; } = null!;

    /// <summary>The municipalities of the two signals by name and code ("Amsterdam (GM0363)"), as the signal form offers them.</summary>
    public (string Left, string Right) Municipalities { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        try
        {
            if (await reviews.ShowAsync(Actor, id, HttpContext.RequestAborted) is not { } view)
            {
                return NotFound();
            }

            View = view;
            Municipalities = (
                await municipalities.NameAsync(view.Signal.MunicipalityCode),
                await municipalities.NameAsync(view.CandidateSignal?.MunicipalityCode));
            return Page();
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
    }

    public Task<IActionResult> OnPostAcceptAsync(Guid id) => DecideAsync(id, samePerson: true);

    public Task<IActionResult> OnPostRejectAsync(Guid id) => DecideAsync(id, samePerson: false);

    private async Task<IActionResult> DecideAsync(Guid id, bool samePerson)
    {
        try
        {
            var holder = await reviews.DecideAsync(Actor, id, samePerson, HttpContext.RequestAborted);
            Notice = samePerson
                ? T.Format("Decided: the same person. The signal now belongs to {0}, whose pseudonym stays.", holder.Pseudonym)
                : T["Decided: different persons. The signal stays with its own case."];
            return RedirectToPage("/Reviews/Index");
        }
        catch (DomainException e)
        {
            Notice = e.MessageIn(CultureInfo.CurrentUICulture);
            return RedirectToPage(new { id });
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
    }
}
