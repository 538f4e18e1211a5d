using Zicht.Data.Storage;

namespace Zicht.Data.Tests;

public sealed class DatabaseTargetTests
{
    [Fact]
    public void A_path_is_a_SQLite_file_and_a_connection_string_or_URI_is_PostgreSQL()
    {
        Assert.Equal(DatabaseProvider.Sqlite, DatabaseTarget.Parse("data/zicht.db").Provider);
        Assert.EndsWith("zicht.db", DatabaseTarget.Parse("data/zicht.db").SqliteFile);
        Assert.Equal(DatabaseProvider.Sqlite, DatabaseTarget.Parse("Data Source=/tmp/x.db").Provider);
        Assert.Equal(DatabaseProvider.PostgreSql, DatabaseTarget.Parse("Host=db;Database=zicht;Username=z;Password=secret").Provider);
        var uri = DatabaseTarget.Parse("postgresql://z:s%40cret@db.example:5433/zicht");
        Assert.Equal(DatabaseProvider.PostgreSql, uri.Provider);
        Assert.Contains("Port=5433", uri.ConnectionString);
        Assert.Contains("s@cret", uri.ConnectionString);
    }

    [Fact]
    public void The_description_never_shows_a_password()
    {
        var target = DatabaseTarget.Parse("Host=db;Database=zicht;Username=z;Password=secret");
        Assert.DoesNotContain("secret", target.Describe());
        Assert.DoesNotContain("secret", target.ToString());
        Assert.Equal("PostgreSQL db:5432/zicht", target.Describe());
    }

    [Fact]
    public void The_setting_comes_from_the_option_then_the_environment_then_the_demo()
    {
        Assert.EndsWith("a.db", DatabaseTarget.Resolve("a.db", _ => "b.db").SqliteFile);
        Assert.EndsWith("b.db", DatabaseTarget.Resolve(null, n => n == DatabaseTarget.EnvironmentVariable ? "b.db" : null).SqliteFile);
        Assert.Equal(DatabaseTarget.DefaultDemoPath, DatabaseTarget.Resolve(null, _ => null).SqliteFile);
    }

    [Fact]
    public void An_empty_setting_is_refused_with_a_reason()
    {
        var e = Assert.Throws<FormatException>(() => DatabaseTarget.Parse("  "));
        Assert.Contains("SQLite file path or a PostgreSQL connection string", e.Message);
    }
}
