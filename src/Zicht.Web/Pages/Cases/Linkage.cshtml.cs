using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Zicht.Domain;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Cases;

/// <summary>
/// Merge and split on a case: merge another person into this one, undo a merge, split signals off into a new
/// person, merge a split person back. Each asks for a reason and an explicit confirmation, and is audited.
/// </summary>
public sealed class LinkageModel(CaseLinkage linkage) : ZichtPageModel
{
    [BindProperty] public string? Pseudonym { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public bool Confirm { get; set; }
    [BindProperty] public List<Guid> SignalIds { get; set; } = [];

    public CaseLinkageView View { get; private set; } = null!;

    /// <summary>Which form the errors belong to: merge, split, or the id of a merge or split to undo.</summary>
    public string? FailedForm { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await ShowAsync(id) ?? Page();

    public Task<IActionResult> OnPostMergeAsync(Guid id) => RunAsync(id, "merge", async () =>
    {
        if (string.IsNullOrWhiteSpace(Pseudonym))
        {
            Fail(nameof(Pseudonym), T["Fill in the pseudonym of the other person."]);
            return null;
        }

        await linkage.MergeAsync(Actor, id, Pseudonym, Reason ?? "", HttpContext.RequestAborted);
        return T["The persons are merged. The merge can be undone below."];
    });

    public Task<IActionResult> OnPostUndoMergeAsync(Guid id, Guid mergeId) => RunAsync(id, mergeId.ToString("N"), async () =>
    {
        await linkage.UndoMergeAsync(Actor, id, mergeId, Reason ?? "", HttpContext.RequestAborted);
        return T["The merge is undone: the other person has their own case again."];
    });

    public Task<IActionResult> OnPostSplitAsync(Guid id) => RunAsync(id, "split", async () =>
    {
        if (SignalIds.Count == 0)
        {
            Fail(nameof(SignalIds), T["Choose the signals that belong to someone else."]);
            return null;
        }

        await linkage.SplitAsync(Actor, id, SignalIds, Reason ?? "", HttpContext.RequestAborted);
        return T["The signals are split off into a new person with their own case. The split can be undone below."];
    });

    public Task<IActionResult> OnPostUndoSplitAsync(Guid id, Guid splitId) => RunAsync(id, splitId.ToString("N"), async () =>
    {
        await linkage.UndoSplitAsync(Actor, id, splitId, Reason ?? "", HttpContext.RequestAborted);
        return T["The split is undone: its signals are merged back into this person."];
    });

    /// <summary>Checks reason and confirmation, runs the change, and either redirects with a notice or shows the page with the errors.</summary>
    private async Task<IActionResult> RunAsync(Guid id, string form, Func<Task<string?>> change)
    {
        FailedForm = form;
        if (Reason?.Trim() is not { Length: >= CaseLinkage.MinimumReason })
        {
            Fail(nameof(Reason), T.Format("State the reason in at least {0} characters.", CaseLinkage.MinimumReason));
        }

        if (!Confirm)
        {
            Fail(nameof(Confirm), T["Confirm that you checked this."]);
        }

        if (Errors.Count == 0)
        {
            try
            {
                if (await change() is { } done)
                {
                    Notice = done;
                    return RedirectToPage(new { id });
                }
            }
            catch (KeyNotFoundException)
            {
                Fail(nameof(Pseudonym), T.Format("No person has the pseudonym {0}.", Pseudonym?.Trim().ToUpperInvariant()));
            }
            catch (DomainException e)
            {
                Fail("", e.MessageIn(CultureInfo.CurrentUICulture));
            }
            catch (UnauthorizedAccessException)
            {
                return Forbid();
            }
        }

        return await ShowAsync(id) ?? Page();
    }

    private async Task<IActionResult?> ShowAsync(Guid id)
    {
        var (view, access) = await linkage.ShowAsync(Actor, id, HttpContext.RequestAborted);
        if (CaseGate.Check(this, access, id) is { } refused)
        {
            return refused;
        }

        View = view!;
        return null;
    }
}
