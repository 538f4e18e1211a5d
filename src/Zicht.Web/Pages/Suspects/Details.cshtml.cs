using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Zicht.Domain;
using Zicht.Domain.Follow;
using Zicht.Domain.Perpetrators;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Suspects;

/// <summary>A suspect's page: victims, prosecution and decision, verdict and sentences, supervision and reoffences.</summary>
public sealed class DetailsModel(SuspectRegister suspects) : ZichtPageModel
{
    public SuspectView View { get; private set; } = null!;
    public DateOnly Today => suspects.Today;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var view = await suspects.OpenAsync(Actor, id, HttpContext.RequestAborted);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    public Task<IActionResult> OnPostVictimAsync(Guid id, string? pseudonym) =>
        Do(id, () => suspects.LinkVictimAsync(Actor, id, pseudonym ?? ""), T["The victim is linked."]);

    public Task<IActionResult> OnPostProsecutionAsync(Guid id, DateOnly? on) =>
        Do(id, () => suspects.RegisterProsecutionAsync(Actor, id, on ?? Today), T["The prosecution is registered."]);

    public Task<IActionResult> OnPostDecideAsync(Guid id, Guid prosecutionId, ProsecutionDecision decision, DismissalReason? reason, DateOnly? on) =>
        Do(id, () => suspects.DecideAsync(Actor, id, prosecutionId, decision, on ?? Today, decision == ProsecutionDecision.Dismissal ? reason : null), T["The decision is recorded."]);

    public Task<IActionResult> OnPostVerdictAsync(Guid id, Guid prosecutionId, VerdictOutcome outcome, DateOnly? on) =>
        Do(id, () => suspects.RecordVerdictAsync(Actor, id, prosecutionId, outcome, on ?? Today), T["The verdict is recorded."]);

    public Task<IActionResult> OnPostSentenceAsync(Guid id, Guid verdictId, SentenceType type, int? months, int? hours, decimal? euros) =>
        Do(id, () => suspects.ImposeAsync(Actor, id, verdictId, type, months, hours, euros), T["The sentence is recorded."]);

    public Task<IActionResult> OnPostSupervisionAsync(Guid id, DateOnly? on) =>
        Do(id, () => suspects.StartSupervisionAsync(Actor, id, on ?? Today), T["The supervision is recorded."]);

    public Task<IActionResult> OnPostEndSupervisionAsync(Guid id, Guid supervisionId, SupervisionOutcome outcome, DateOnly? on) =>
        Do(id, () => suspects.EndSupervisionAsync(Actor, id, supervisionId, on ?? Today, outcome), T["The supervision is ended."]);

    public Task<IActionResult> OnPostReoffenceAsync(Guid id, DateOnly? on, OffenceType offence) =>
        Do(id, () => suspects.AddReoffenceAsync(Actor, id, on ?? Today, offence), T["The reoffence is recorded."]);

    private async Task<IActionResult> Do(Guid id, Func<Task> action, string done)
    {
        try
        {
            await action();
            Notice = done;
        }
        catch (DomainException e)
        {
            Notice = e.MessageIn(CultureInfo.CurrentUICulture);
        }

        return RedirectToPage(new { id });
    }
}
