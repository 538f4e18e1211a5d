using System.Security.Cryptography;
using Npgsql;
using Zicht.Data.Privacy;
using Zicht.Data.Storage;

namespace Zicht.Data.Tests;

/// <summary>
/// Fresh, empty databases for tests: a SQLite file, or a new database on the PostgreSQL server that the test
/// script started (ZICHT_TEST_POSTGRES). Without that server the PostgreSQL tests skip on a developer machine
/// and fail in CI, where a missing server is a broken run, not a reason to pass.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "ZICHT_TEST_POSTGRES";

    public static TheoryData<DatabaseProvider> Providers => new(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql);

    public static ZichtDatabase Create(DatabaseProvider provider, FieldProtector? protector = null)
    {
        protector ??= new FieldProtector(RandomNumberGenerator.GetBytes(32));
        return new ZichtDatabase(Target(provider), protector);
    }

    public static DatabaseTarget Target(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var dir = Directory.CreateTempSubdirectory("zicht-test-");
            return DatabaseTarget.Parse(Path.Combine(dir.FullName, "zicht.db"));
        }

        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            var message = $"No PostgreSQL server: {PostgresVariable} is not set (the test script sets it after starting one).";
            if (Environment.GetEnvironmentVariable("CI") is "true" or "1")
            {
                Assert.Fail(message);
            }

            Assert.Skip(message);
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = "zicht_test_" + Guid.NewGuid().ToString("N")[..12] };
        return DatabaseTarget.Parse(builder.ToString());
    }
}
