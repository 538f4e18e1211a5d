using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Zicht.Domain;
using Zicht.Domain.Triage;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Admin;

/// <summary>Creates or edits one triage rule, guarded by its version against two administrators at once.</summary>
public sealed class TriageRuleModel(TriageRuleAdmin rules) : ZichtPageModel
{
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public int Order { get; set; } = 100;
    [BindProperty] public TriageMatch Match { get; set; }
    [BindProperty] public List<Vulnerability> When { get; set; } = [];
    [BindProperty] public Priority Priority { get; set; } = Priority.Normal;
    [BindProperty] public List<HelpType> Recommend { get; set; } = [];
    [BindProperty] public bool Enabled { get; set; } = true;

    public Guid? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        Id = id;
        if (id is { } g)
        {
            var rule = await rules.FindAsync(g);
            if (rule is null)
            {
                return NotFound();
            }

            (Version, Name, Order, Match, When, Priority, Recommend, Enabled) = (rule.Version, rule.Name, rule.Order, rule.Match, rule.When, rule.Priority, rule.Recommend, rule.Enabled);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        Id = id;
        if (string.IsNullOrWhiteSpace(Name))
        {
            Fail(nameof(Name), T["Give the rule a name."]);
        }

        if (When.Count == 0)
        {
            Fail(nameof(When), T["Choose at least one vulnerability."]);
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        bool saved;
        try
        {
            saved = await rules.SaveAsync(Actor, id, Version, Name!, Order, Match, When, Priority, Recommend, Enabled);
        }
        catch (DomainException e)
        {
            Fail("", e.MessageIn(CultureInfo.CurrentUICulture));
            return Page();
        }

        if (!saved)
        {
            Fail("", T["Someone else changed this rule while you were editing. Open it again to see their version; your values are still in the form."]);
            return Page();
        }

        Notice = T["The rule is saved."];
        return RedirectToPage("/Admin/TriageRules");
    }
}
