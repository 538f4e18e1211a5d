using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Zicht.Web.Identity;

/// <summary>Lets <c>dotnet ef migrations add</c> build the accounts' SQLite model.</summary>
internal sealed class SqliteIdentityDesignTimeFactory : IDesignTimeDbContextFactory<SqliteIdentityDbContext>
{
    public SqliteIdentityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteIdentityDbContext>().UseSqlite("Data Source=design-time.db", s => s.MigrationsHistoryTable(ZichtIdentityDbContext.MigrationsTable)).Options);
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the accounts' PostgreSQL model without a server.</summary>
internal sealed class PostgresIdentityDesignTimeFactory : IDesignTimeDbContextFactory<PostgresIdentityDbContext>
{
    public PostgresIdentityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresIdentityDbContext>().UseNpgsql("Host=localhost;Database=zicht_design", s => s.MigrationsHistoryTable(ZichtIdentityDbContext.MigrationsTable)).Options);
}
