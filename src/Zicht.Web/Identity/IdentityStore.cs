using Microsoft.EntityFrameworkCore;
using Zicht.Data.Storage;

namespace Zicht.Web.Identity;

/// <summary>Registers the accounts' context for the provider of the registry's database.</summary>
public static class IdentityStore
{
    public static void Add(IServiceCollection services, DatabaseTarget target)
    {
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContext<SqliteIdentityDbContext>(o => o.UseSqlite(target.ConnectionString, s => s.MigrationsHistoryTable(ZichtIdentityDbContext.MigrationsTable)));
            services.AddScoped<ZichtIdentityDbContext>(sp => sp.GetRequiredService<SqliteIdentityDbContext>());
        }
        else
        {
            services.AddDbContext<PostgresIdentityDbContext>(o => o.UseNpgsql(target.ConnectionString, s => s.MigrationsHistoryTable(ZichtIdentityDbContext.MigrationsTable)));
            services.AddScoped<ZichtIdentityDbContext>(sp => sp.GetRequiredService<PostgresIdentityDbContext>());
        }
    }
}
