using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Zicht.Web.Identity;

/// <summary>
/// Users, roles and second factors, in the registry's database but in their own tables and migrations; one
/// subclass per provider keeps each provider's migrations, as the registry's context does.
/// </summary>
public abstract class ZichtIdentityDbContext(DbContextOptions options) : IdentityDbContext<ZichtUser, IdentityRole, string>(options)
{
    public const string MigrationsTable = "__IdentityMigrationsHistory";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ZichtUser>().Property(u => u.MunicipalityCode).HasMaxLength(6);
        builder.Entity<ZichtUser>().Property(u => u.DisplayName).HasMaxLength(200);
    }
}
