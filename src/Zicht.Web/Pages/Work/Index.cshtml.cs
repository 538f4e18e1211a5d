using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Zicht.Web.Hosting;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Work;

/// <summary>The work lists: open linkage reviews, overdue referrals, and active cases without any help after N days.</summary>
public sealed class IndexModel(WorkLists lists, LinkReviews reviews, IOptions<ZichtWebOptions> options) : ZichtPageModel
{
    [BindProperty(SupportsGet = true)] public int? Days { get; set; }

    public IReadOnlyList<OverdueReferral> Overdue { get; private set; } = [];
    public IReadOnlyList<CaseRow> WithoutHelp { get; private set; } = [];

    /// <summary>Open linkage reviews in the user's scope.</summary>
    public int Reviews { get; private set; }

    public async Task OnGetAsync()
    {
        Days = Math.Clamp(Days ?? options.Value.NoHelpAfterDays, 0, 3650);
        Overdue = await lists.OverdueReferralsAsync(Actor, HttpContext.RequestAborted);
        WithoutHelp = await lists.WithoutHelpAsync(Actor, Days.Value, HttpContext.RequestAborted);
        Reviews = await reviews.CountAsync(Actor, HttpContext.RequestAborted);
    }
}
