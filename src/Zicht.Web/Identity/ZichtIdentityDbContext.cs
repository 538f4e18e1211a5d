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

    /// <summary>Keys partner systems call the API with (hashes only).</summary>
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ZichtUser>().Property(u => u.MunicipalityCode).HasMaxLength(6);
        builder.Entity<ZichtUser>().Property(u => u.DisplayName).HasMaxLength(200);
        builder.Entity<ApiKey>(k =>
        {
            k.ToTable("ApiKeys");
            k.HasKey(x => x.Id);
            k.Property(x => x.Name).HasMaxLength(100);
            k.HasIndex(x => x.Name).IsUnique();
            k.Property(x => x.Hash).HasMaxLength(64);
            k.HasIndex(x => x.Hash).IsUnique();
            k.Property(x => x.Prefix).HasMaxLength(16);
            k.Property(x => x.Role).HasMaxLength(32);
            k.Property(x => x.MunicipalityCode).HasMaxLength(6);
            k.Property(x => x.CreatedBy).HasMaxLength(256);
            k.Property(x => x.RevokedBy).HasMaxLength(256);
            k.Ignore(x => x.IsRevoked);
            k.Ignore(x => x.ActorName);
        });
    }
}
