namespace Zicht.Web.Pages.Account;

/// <summary>Where a refused request lands: status 403, and no hint of what the page would have shown.</summary>
public sealed class AccessDeniedModel : ZichtPageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
