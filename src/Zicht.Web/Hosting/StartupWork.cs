using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zicht.Data.Privacy;
using Zicht.Data.Storage;
using Zicht.Domain.Organisations;
using Zicht.Domain.Triage;
using Zicht.Synthetic;
using Zicht.Web.Identity;

namespace Zicht.Web.Hosting;

/// <summary>
/// What runs before the first request: migrations of the registry and the accounts, the roles, the default
/// triage rules; in demo mode also the synthetic population and one demo user per role.
/// </summary>
public static class StartupWork
{
    public static async Task RunAsync(IServiceProvider services, bool demo, ZichtWebOptions options)
    {
        var database = services.GetRequiredService<ZichtDatabase>();
        await database.MigrateAsync();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ZichtIdentityDbContext>().Database.MigrateAsync();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in Roles.All)
            {
                if (!await roles.RoleExistsAsync(role))
                {
                    await roles.CreateAsync(new IdentityRole(role));
                }
            }
        }

        await using (var db = database.CreateContext())
        {
            if (!await db.TriageRules.AnyAsync())
            {
                db.TriageRules.AddRange(TriageRuleSet.Defaults());
                await db.SaveChangesAsync();
            }
        }

        if (!demo)
        {
            return;
        }

        await using (var db = database.CreateContext())
        {
            if (!await db.Persons.AnyAsync())
            {
                Console.WriteLine($"Demo mode: seeding the synthetic population into {database.Target.Describe()}; this takes a little while the first time.");
                var seeder = new Seeder(database, services.GetRequiredService<Pseudonymizer>());
                await seeder.RunAsync(new SyntheticOptions { Persons = options.DemoPersons }, truthDirectory: null);
            }

            // An empty registry (no persons) still needs the partner organisations the demo users work for.
            var known = await db.Organisations.Select(o => o.Id).ToListAsync();
            db.Organisations.AddRange(SyntheticOrganisations.All.Where(o => !known.Contains(o.Id)));
            await db.SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ZichtUser>>();
            var credentials = services.GetRequiredService<DemoCredentials>();
            var organisations = SyntheticOrganisations.All;
            var police = organisations.First(o => o.Type == OrganisationType.Police && o.MunicipalityCode == "GM0363");
            var ngo = organisations.First(o => o.Type == OrganisationType.Ngo);
            var centre = organisations.First(o => o.Type == OrganisationType.RegistrationCentre);
            var amsterdam = organisations.First(o => o.Type == OrganisationType.Municipality && o.MunicipalityCode == "GM0363");
            (string Name, string Role, Guid? Organisation, string? Municipality, string Display, string Scope)[] demoUsers =
            [
                ("signaller.politie", Roles.Signaller, police.Id, null, "Demo signaller (politie)", police.Name),
                ("signaller.ngo", Roles.Signaller, ngo.Id, null, "Demo signaller (ngo)", ngo.Name),
                ("casemanager", Roles.CaseWorker, centre.Id, null, "Demo case worker", centre.Name + " (national)"),
                ("analyst", Roles.Analyst, null, null, "Demo analyst", "counts only"),
                ("gemeente.amsterdam", Roles.Municipality, amsterdam.Id, "GM0363", "Demo gemeente Amsterdam", "GM0363 Amsterdam"),
                ("admin", Roles.Admin, null, null, "Demo administrator", "users, rules, audit"),
            ];
            foreach (var d in demoUsers)
            {
                var password = NewPassword();
                var user = await users.FindByNameAsync(d.Name);
                if (user is null)
                {
                    user = new ZichtUser { UserName = d.Name, OrganisationId = d.Organisation, MunicipalityCode = d.Municipality, DisplayName = d.Display };
                    Check(await users.CreateAsync(user, password), d.Name);
                    Check(await users.AddToRoleAsync(user, d.Role), d.Name);
                }
                else
                {
                    // New passwords at every start: the printed ones are the only valid ones.
                    Check(await users.RemovePasswordAsync(user), d.Name);
                    Check(await users.AddPasswordAsync(user, password), d.Name);
                    await users.SetLockoutEndDateAsync(user, null);
                    await users.ResetAccessFailedCountAsync(user);
                }

                credentials.Add(new DemoCredential(d.Name, password, d.Role, d.Scope));
            }
        }
    }

    /// <summary>A password that meets the policy: sixteen characters from an alphabet without look-alikes.</summary>
    public static string NewPassword() =>
        RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ", 4)
        + RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyz", 4) + "-"
        + RandomNumberGenerator.GetString("23456789", 4) + "-"
        + RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789", 4);

    private static void Check(IdentityResult result, string user)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {user}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
