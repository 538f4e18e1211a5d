using Microsoft.AspNetCore.Mvc;

namespace Zicht.Web.Pages;

/// <summary>The error page: no details that could leak data, only what the user can do.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : ZichtPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Code { get; set; }

    public void OnGet()
    {
    }

    public void OnPost()
    {
    }
}
