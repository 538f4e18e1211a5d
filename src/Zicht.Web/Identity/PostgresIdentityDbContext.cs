using Microsoft.EntityFrameworkCore;

namespace Zicht.Web.Identity;

/// <summary>The accounts on PostgreSQL.</summary>
public sealed class PostgresIdentityDbContext(DbContextOptions<PostgresIdentityDbContext> options) : ZichtIdentityDbContext(options);
