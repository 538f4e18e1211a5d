using Npgsql;
using Zicht.Data.Storage;

namespace Zicht.Web.Tests;

/// <summary>
/// A fresh database setting per test host: a SQLite file, or a new database on the PostgreSQL server the test
/// script started (ZICHT_TEST_POSTGRES). Without that server the PostgreSQL tests skip locally and fail in CI.
/// </summary>
public static class TestDatabase
{
    public const string PostgresVariable = "ZICHT_TEST_POSTGRES";

    public static TheoryData<DatabaseProvider> Providers => new(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql);

    public static string Setting(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return Path.Combine(Directory.CreateTempSubdirectory("zicht-web-test-").FullName, "zicht.db");
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

        return new NpgsqlConnectionStringBuilder(server) { Database = "zicht_web_" + Guid.NewGuid().ToString("N")[..12] }.ToString();
    }
}
