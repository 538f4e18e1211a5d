namespace Zicht.Data.Storage;

/// <summary>The database engines Zicht runs on.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
