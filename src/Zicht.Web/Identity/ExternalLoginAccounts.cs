using Microsoft.AspNetCore.Identity;

namespace Zicht.Web.Identity;

/// <summary>
/// The account behind an external sign-in: found by the provider's subject, or created at the first sign-in.
/// Roles, organisation and municipality follow the provider's claims at every sign-in, since the provider is
/// where they are managed. Everything for one sign-in is written in one transaction.
/// </summary>
public sealed class ExternalLoginAccounts(UserManager<ZichtUser> users, ZichtIdentityDbContext db)
{
    public sealed record Outcome(ZichtUser? User, bool Created, ExternalLoginRefusal? Refusal, string? Detail = null);

    public async Task<Outcome> FindOrCreateAsync(ExternalUser external)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = false;
        var user = await users.FindByLoginAsync(external.Provider, external.Subject);
        if (user is null)
        {
            // A local account with this name stays the local user's: an external sign-in never takes it over.
            if (await users.FindByNameAsync(external.UserName) is not null)
            {
                return new Outcome(null, false, ExternalLoginRefusal.UserNameTaken);
            }

            user = new ZichtUser { UserName = external.UserName };
            created = true;
        }

        user.DisplayName = external.DisplayName;
        user.OrganisationId = external.OrganisationId;
        user.MunicipalityCode = external.MunicipalityCode;
        var saved = created ? await users.CreateAsync(user) : await users.UpdateAsync(user);
        if (!saved.Succeeded)
        {
            // For example a user name with characters Identity does not allow: say so, write nothing.
            return new Outcome(null, false, ExternalLoginRefusal.AccountRejected, string.Join(" ", saved.Errors.Select(e => e.Description)));
        }

        if (created)
        {
            Check(await users.AddLoginAsync(user, new UserLoginInfo(external.Provider, external.Subject, external.Provider)));
        }

        var current = await users.GetRolesAsync(user);
        var remove = current.Except(external.Roles, StringComparer.Ordinal).ToList();
        var add = external.Roles.Except(current, StringComparer.Ordinal).ToList();
        if (remove.Count > 0)
        {
            Check(await users.RemoveFromRolesAsync(user, remove));
        }

        if (add.Count > 0)
        {
            Check(await users.AddToRolesAsync(user, add));
        }

        await transaction.CommitAsync();
        return new Outcome(user, created, null);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The account of an external sign-in could not be saved: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
