using Microsoft.EntityFrameworkCore;

namespace Zicht.Web.Identity;

/// <summary>The accounts on SQLite.</summary>
public sealed class SqliteIdentityDbContext(DbContextOptions<SqliteIdentityDbContext> options) : ZichtIdentityDbContext(options);
