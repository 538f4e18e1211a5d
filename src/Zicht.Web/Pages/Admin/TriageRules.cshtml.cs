using Zicht.Domain.Triage;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Admin;

/// <summary>The triage rules in the order they are explained.</summary>
public sealed class TriageRulesModel(TriageRuleAdmin rules) : ZichtPageModel
{
    public IReadOnlyList<TriageRule> Rules { get; private set; } = [];

    public async Task OnGetAsync() => Rules = await rules.AllAsync();
}
