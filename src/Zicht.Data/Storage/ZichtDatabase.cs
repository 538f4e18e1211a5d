using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Zicht.Data.Privacy;
using Zicht.Data.Reference;

namespace Zicht.Data.Storage;

/// <summary>Opens contexts on a <see cref="DatabaseTarget"/>, migrates it and reports what it holds.</summary>
public sealed class ZichtDatabase(DatabaseTarget target, FieldProtector protector)
{
    public DatabaseTarget Target { get; } = target;

    public FieldProtector Protector { get; } = protector;

    /// <summary>The keys the protector came from, where the opener had them (for pseudonyms).</summary>
    public ZichtKeys? Keys { get; init; }

    public ZichtDbContext CreateContext()
    {
        switch (Target.Provider)
        {
            case DatabaseProvider.Sqlite:
            {
                var options = new DbContextOptionsBuilder<SqliteZichtDbContext>()
                    .UseSqlite(Target.ConnectionString, o => o.CommandTimeout(600))
                    .ReplaceService<IModelCacheKeyFactory, ProtectorModelCacheKeyFactory>()
                    .Options;
                return new SqliteZichtDbContext(options, Protector);
            }

            case DatabaseProvider.PostgreSql:
            {
                var options = new DbContextOptionsBuilder<PostgresZichtDbContext>()
                    .UseNpgsql(Target.ConnectionString, o => o.CommandTimeout(600))
                    .ReplaceService<IModelCacheKeyFactory, ProtectorModelCacheKeyFactory>()
                    .Options;
                return new PostgresZichtDbContext(options, Protector);
            }

            default:
                throw new InvalidOperationException($"Unknown provider {Target.Provider}.");
        }
    }

    /// <summary>Brings the schema up to date and loads the shipped reference data where it is missing.</summary>
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        if (Target.SqliteFile is { } file && Path.GetDirectoryName(Path.GetFullPath(file)) is { } dir)
        {
            Directory.CreateDirectory(dir);
        }

        await using var db = CreateContext();
        await db.Database.MigrateAsync(ct);
        if (Target.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging lets readers (the web app, db info) work while a writer runs.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        if (!await db.Municipalities.AnyAsync(ct))
        {
            await MunicipalityImport.ReplaceAsync(db, MunicipalityList.Shipped(), ct);
        }
    }

    /// <summary>The migrations not yet applied.</summary>
    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken ct = default)
    {
        await using var db = CreateContext();
        return (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
    }

    /// <summary>Rows per table, in the order of the model.</summary>
    public async Task<IReadOnlyList<(string Table, long Rows)>> CountsAsync(CancellationToken ct = default)
    {
        await using var db = CreateContext();
        var result = new List<(string, long)>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        foreach (var entity in db.Model.GetEntityTypes().OrderBy(e => e.GetTableName()))
        {
            var table = entity.GetTableName()!;
            var schema = entity.GetSchema();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT COUNT(*) FROM {(schema is null ? "" : $"\"{schema}\".")}\"{table}\"";
            result.Add((table, Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return result;
    }

    /// <summary>Frees SQLite's pooled connections so the file can be copied or deleted.</summary>
    public static void ReleaseSqliteFiles() => SqliteConnection.ClearAllPools();
}
