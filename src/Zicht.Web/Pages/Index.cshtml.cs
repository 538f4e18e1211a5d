namespace Zicht.Web.Pages;

/// <summary>The start page: what the user's roles let them do.</summary>
public sealed class IndexModel : ZichtPageModel
{
    public void OnGet()
    {
    }
}
