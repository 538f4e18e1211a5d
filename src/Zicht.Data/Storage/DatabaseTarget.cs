using Microsoft.Data.Sqlite;
using Npgsql;

namespace Zicht.Data.Storage;

/// <summary>
/// Where the data lives, from one setting (<c>--db</c> or <c>ZICHT_DB</c>): a SQLite file path, a SQLite
/// connection string, a PostgreSQL connection string (<c>Host=…</c>) or URI (<c>postgresql://…</c>).
/// </summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    public const string EnvironmentVariable = "ZICHT_DB";

    /// <summary>The demo database: a SQLite file in the user's local data folder.</summary>
    public static string DefaultDemoPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "zicht", "zicht-demo.db");

    /// <summary>The explicit setting, else <c>ZICHT_DB</c>, else the demo database.</summary>
    public static DatabaseTarget Resolve(string? setting, Func<string, string?> environment)
    {
        var s = !string.IsNullOrWhiteSpace(setting) ? setting : environment(EnvironmentVariable);
        return Parse(string.IsNullOrWhiteSpace(s) ? DefaultDemoPath : s);
    }

    public static DatabaseTarget Parse(string setting)
    {
        var s = setting.Trim();
        if (s.Length == 0)
        {
            throw new FormatException("The database setting is empty: give a SQLite file path or a PostgreSQL connection string.");
        }

        if (s.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseTarget(DatabaseProvider.PostgreSql, FromUri(new Uri(s)));
        }

        if (s.Contains('=', StringComparison.Ordinal) && s.Contains(';', StringComparison.Ordinal) || s.StartsWith("Host=", StringComparison.OrdinalIgnoreCase))
        {
            if (s.Contains("Data Source=", StringComparison.OrdinalIgnoreCase) || s.Contains("DataSource=", StringComparison.OrdinalIgnoreCase))
            {
                return new DatabaseTarget(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder(s).ToString());
            }

            try
            {
                return new DatabaseTarget(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(s).ToString());
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"'{Redact(s)}' is neither a file path nor a valid PostgreSQL connection string: {e.Message}", e);
            }
        }

        if (s.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseTarget(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder(s).ToString());
        }

        var full = Path.GetFullPath(s);
        return new DatabaseTarget(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = full, Pooling = true }.ToString());
    }

    /// <summary>The SQLite file, or null for PostgreSQL.</summary>
    public string? SqliteFile => Provider == DatabaseProvider.Sqlite ? new SqliteConnectionStringBuilder(ConnectionString).DataSource : null;

    /// <summary>A description safe to print: no password.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Sqlite => $"SQLite {SqliteFile}",
        _ => DescribePostgres(),
    };

    public override string ToString() => Describe();

    private string DescribePostgres()
    {
        var b = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL {b.Host}:{b.Port}/{b.Database}";
    }

    private static string FromUri(Uri uri)
    {
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = uri.AbsolutePath.Trim('/') is { Length: > 0 } db ? Uri.UnescapeDataString(db) : "zicht",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1)
            {
                b.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        return b.ToString();
    }

    private static string Redact(string s) =>
        System.Text.RegularExpressions.Regex.Replace(s, "(?i)(password|pwd)=[^;]*", "$1=***");
}
