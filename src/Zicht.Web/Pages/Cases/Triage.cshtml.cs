using Microsoft.AspNetCore.Mvc;
using Zicht.Domain.Triage;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Cases;

/// <summary>
/// The assessment form: help needs and vulnerabilities at three levels. The transparent rules advise a priority
/// and referrals, and the page says which rule fired because of what.
/// </summary>
public sealed class TriageModel(CaseQueries cases, CaseCommands commands, TriageRuleAdmin rules) : ZichtPageModel
{
    [BindProperty] public List<Vulnerability> Vulnerabilities { get; set; } = [];
    [BindProperty] public Priority? OverridePriority { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public Guid Id { get; private set; }
    public string Pseudonym { get; private set; } = "";
    public TriageOutcome? Advice { get; private set; }
    public bool Saved { get; private set; }
    public Priority? SavedPriority { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostPreviewAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        Advice = TriageRuleSet.Evaluate(await rules.AllAsync(), Vulnerabilities);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        var (assessment, advice) = await commands.AssessAsync(Actor, id, Vulnerabilities, OverridePriority, Notes, HttpContext.RequestAborted);
        Advice = advice;
        Saved = true;
        SavedPriority = assessment.Priority;
        return Page();
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
