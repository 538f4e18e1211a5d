using Microsoft.EntityFrameworkCore;
using Zicht.Data.Privacy;

namespace Zicht.Data;

/// <summary>The registry on SQLite, the embedded default.</summary>
public sealed class SqliteZichtDbContext(DbContextOptions<SqliteZichtDbContext> options, FieldProtector protector)
    : ZichtDbContext(options, protector);
