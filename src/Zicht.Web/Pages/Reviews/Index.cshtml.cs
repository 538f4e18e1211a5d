using Zicht.Web.Services;

namespace Zicht.Web.Pages.Reviews;

/// <summary>The queue of uncertain links for case workers: open reviews in scope, oldest first.</summary>
public sealed class IndexModel(LinkReviews reviews) : ZichtPageModel
{
    public IReadOnlyList<ReviewRow> Open { get; private set; } = [];

    public async Task OnGetAsync() => Open = await reviews.OpenAsync(Actor, HttpContext.RequestAborted);
}
