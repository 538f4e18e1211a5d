using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Domain.Audit;
using Zicht.Domain.Organisations;
using Zicht.Web.Identity;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Admin;

/// <summary>Accounts: create a user with a role and scope, unlock a locked account, see who has a second factor.</summary>
public sealed class UsersModel(UserManager<ZichtUser> users, RegistryWork registry, MunicipalityDirectory municipalities) : ZichtPageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public Guid? OrganisationId { get; set; }
    [BindProperty] public string? Municipality { get; set; }
    [BindProperty] public string? Password { get; set; }

    public IReadOnlyList<(ZichtUser User, IList<string> Roles)> All { get; private set; } = [];
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName))
        {
            Fail(nameof(UserName), T["Fill in a user name."]);
        }

        if (Role is null || !Roles.All.Contains(Role))
        {
            Fail(nameof(Role), T["Choose a role."]);
        }

        if (Role == Roles.Signaller && OrganisationId is null)
        {
            Fail(nameof(OrganisationId), T["A signaller works for an organisation."]);
        }

        string? code = null;
        if (!string.IsNullOrWhiteSpace(Municipality))
        {
            code = (await municipalities.FindAsync(Municipality))?.Code;
            if (code is null)
            {
                Fail(nameof(Municipality), T.Format("No municipality is called or coded '{0}'; choose one from the list.", Municipality.Trim()));
            }
        }

        if (Role == Roles.Municipality && code is null && !Errors.ContainsKey(nameof(Municipality)))
        {
            Fail(nameof(Municipality), T["A municipality user needs a municipality."]);
        }

        if (Errors.Count > 0)
        {
            await LoadAsync();
            return Page();
        }

        var user = new ZichtUser { UserName = UserName!.Trim(), DisplayName = DisplayName?.Trim() ?? "", OrganisationId = OrganisationId, MunicipalityCode = code };
        var result = await users.CreateAsync(user, Password ?? "");
        if (!result.Succeeded)
        {
            Fail(nameof(Password), string.Join(" ", result.Errors.Select(e => e.Description)));
            await LoadAsync();
            return Page();
        }

        await users.AddToRoleAsync(user, Role!);
        await registry.AuditAsync(Actor, AuditAction.Create, "User", null, null, $"{user.UserName} as {Role}");
        Notice = T["The user is created."];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is not null)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            await registry.AuditAsync(Actor, AuditAction.Update, "User", null, null, $"unlocked {user.UserName}");
            Notice = T["The user is unlocked."];
        }

        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var list = await users.Users.OrderBy(u => u.UserName).ToListAsync();
        var withRoles = new List<(ZichtUser, IList<string>)>();
        foreach (var u in list)
        {
            withRoles.Add((u, await users.GetRolesAsync(u)));
        }

        All = withRoles;
        Organisations = await registry.ReadAsync<IReadOnlyList<Organisation>>(async db => await db.Organisations.OrderBy(o => o.Name).ToListAsync());
    }

    public string OrganisationName(Guid? id) => id is { } g ? Organisations.FirstOrDefault(o => o.Id == g)?.Name ?? "—" : "—";

    public static bool IsLocked(ZichtUser u) => u.LockoutEnd is { } end && end > DateTimeOffset.UtcNow;
}
