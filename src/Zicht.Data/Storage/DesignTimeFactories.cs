using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore.Design;
using Zicht.Data.Privacy;

namespace Zicht.Data.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model; the key is throwaway, the schema does not depend on it.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteZichtDbContext>
{
    public SqliteZichtDbContext CreateDbContext(string[] args) =>
        (SqliteZichtDbContext)new ZichtDatabase(DatabaseTarget.Parse("Data Source=design-time.db"), new FieldProtector(RandomNumberGenerator.GetBytes(32))).CreateContext();
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresZichtDbContext>
{
    public PostgresZichtDbContext CreateDbContext(string[] args) =>
        (PostgresZichtDbContext)new ZichtDatabase(DatabaseTarget.Parse("Host=localhost;Database=zicht_design"), new FieldProtector(RandomNumberGenerator.GetBytes(32))).CreateContext();
}
