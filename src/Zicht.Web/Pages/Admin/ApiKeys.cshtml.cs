using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Domain.Organisations;
using Zicht.Web.Identity;
using Zicht.Web.Services;

namespace Zicht.Web.Pages.Admin;

/// <summary>
/// API keys for partner systems: issue one to an organisation and a role (the key is shown once, in the answer
/// to the post, never again), see when each was last used, revoke one. Issue and revocation are audited.
/// </summary>
public sealed class ApiKeysModel(ApiKeyStore keys, RegistryWork registry, MunicipalityDirectory municipalities) : ZichtPageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public Guid? OrganisationId { get; set; }
    [BindProperty] public string? Municipality { get; set; }

    public IReadOnlyList<ApiKey> All { get; private set; } = [];
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    /// <summary>The key just issued: rendered in this one response and kept nowhere (no redirect, no TempData).</summary>
    public string? IssuedSecret { get; private set; }
    public string? IssuedName { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostIssueAsync()
    {
        await LoadAsync();
        if (string.IsNullOrWhiteSpace(Name))
        {
            Fail(nameof(Name), T["Fill in a name for the key."]);
        }
        else if (Name.Trim().Length > 100)
        {
            Fail(nameof(Name), T["A key's name has at most 100 characters."]);
        }
        else if (await keys.NameTakenAsync(Name))
        {
            Fail(nameof(Name), T["Another key already has this name."]);
        }

        if (Role is null || !ApiKeyStore.KeyRoles.Contains(Role))
        {
            Fail(nameof(Role), T["A key carries the role Signaller or CaseWorker."]);
        }

        if (OrganisationId is null || Organisations.All(o => o.Id != OrganisationId))
        {
            Fail(nameof(OrganisationId), T["A key is issued to an organisation."]);
        }

        string? code = null;
        if (!string.IsNullOrWhiteSpace(Municipality))
        {
            code = (await municipalities.FindAsync(Municipality))?.Code;
            if (code is null)
            {
                Fail(nameof(Municipality), T.Format("No municipality is called or coded '{0}'; choose one from the list.", Municipality.Trim()));
            }
            else if (Role == Roles.Signaller)
            {
                Fail(nameof(Municipality), T["Only a case worker's key is limited to a municipality."]);
            }
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var (key, secret) = await keys.IssueAsync(Actor, Name!, Role!, OrganisationId!.Value, code, HttpContext.RequestAborted);
        IssuedSecret = secret;
        IssuedName = key.Name;
        Name = null;
        Role = null;
        OrganisationId = null;
        Municipality = null;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        if (await keys.RevokeAsync(Actor, id, HttpContext.RequestAborted))
        {
            Notice = T["The key is revoked: calls with it are refused from now on."];
        }

        return RedirectToPage();
    }

    public string OrganisationName(Guid id) => Organisations.FirstOrDefault(o => o.Id == id)?.Name ?? id.ToString();

    private async Task LoadAsync()
    {
        All = await keys.AllAsync(HttpContext.RequestAborted);
        Organisations = await registry.ReadAsync<IReadOnlyList<Organisation>>(async db => await db.Organisations.OrderBy(o => o.Name).ToListAsync());
    }
}
