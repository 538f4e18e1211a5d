using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Zicht.Web.Identity;

namespace Zicht.Web.Pages.Account;

/// <summary>Signs out (a form post, so no other site can sign a user out with a link).</summary>
public sealed class LogoutModel(SignInManager<ZichtUser> signIn) : ZichtPageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
