using Microsoft.EntityFrameworkCore;
using Zicht.Data.Privacy;

namespace Zicht.Data;

/// <summary>The registry on PostgreSQL, for production.</summary>
public sealed class PostgresZichtDbContext(DbContextOptions<PostgresZichtDbContext> options, FieldProtector protector)
    : ZichtDbContext(options, protector);
