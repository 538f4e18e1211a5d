using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Zicht.Data.Audit;

namespace Zicht.Data.Storage;

/// <summary>
/// Runs one unit of work on the registry: its changes and its audit entries are saved in one transaction, or
/// nothing is. When two writers chain onto the same last audit entry the second collides on the sequence key
/// instead of forking the chain (on PostgreSQL they queue on an advisory lock first); the losing unit of work then
/// runs again, as a whole, on fresh data. The web services and the registry's linkage both write through here.
/// </summary>
public sealed class UnitOfWork : IAsyncDisposable
{
    private readonly Lazy<GroupCommit<IReadOnlyList<AuditRecord>, bool>> _audits;

    public UnitOfWork(ZichtDatabase database, TimeProvider? clock = null)
    {
        Database = database;
        Clock = clock ?? TimeProvider.System;
        _audits = new(() => new(AuditTogetherAsync));
    }

    /// <summary>How often a unit of work that lost a race runs again before its error is passed on.</summary>
    public const int Attempts = 8;

    public ZichtDatabase Database { get; }

    public TimeProvider Clock { get; }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and saves its changes with the audit entries it added. The work
    /// may run more than once, each time on a fresh context: it must not keep state between runs.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<ZichtDbContext, AuditBatch, Task<T>> work, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = Database.CreateContext();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var audit = new AuditBatch();
            var result = await work(db, audit);
            try
            {
                await AuditTrail.AppendAsync(db, audit.Entries, Clock.GetUtcNow(), ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return result;
            }
            catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException && attempt < Attempts && IsRace(e))
            {
                await tx.RollbackAsync(ct);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), ct);
            }
        }
    }

    public Task WriteAsync(Func<ZichtDbContext, AuditBatch, Task> work, CancellationToken ct = default) =>
        WriteAsync<bool>(async (db, audit) =>
        {
            await work(db, audit);
            return true;
        }, ct);

    /// <summary>
    /// Writes audit entries alone, for reads of identifying data. Every case page and API read writes one, so the
    /// entries of reads that arrive together share one transaction (group commit); each caller still waits until its
    /// own entries are stored.
    /// </summary>
    public Task AuditAsync(IEnumerable<AuditRecord> entries, CancellationToken ct = default) =>
        _audits.Value.WriteAsync([.. entries], ct);

    public async ValueTask DisposeAsync()
    {
        if (_audits.IsValueCreated)
        {
            await _audits.Value.DisposeAsync();
        }
    }

    /// <summary>A query on a context that tracks nothing.</summary>
    public async Task<T> ReadAsync<T>(Func<ZichtDbContext, Task<T>> query)
    {
        await using var db = Database.CreateContext();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await query(db);
    }

    private async Task<IReadOnlyList<bool>> AuditTogetherAsync(IReadOnlyList<IReadOnlyList<AuditRecord>> batch)
    {
        await WriteAsync((_, audit) =>
        {
            foreach (var e in batch.SelectMany(b => b))
            {
                audit.Add(e);
            }

            return Task.CompletedTask;
        });
        return [.. batch.Select(_ => true)];
    }

    /// <summary>
    /// Errors another writer causes, after which a fresh run may succeed: a key it took first, a busy or locked
    /// database, or a row it has not committed yet (a signal linked to a person whose own signal is still being saved).
    /// </summary>
    private static bool IsRace(DbUpdateException e) => e.InnerException switch
    {
        PostgresException p => p.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.ForeignKeyViolation,
        SqliteException s => s.SqliteErrorCode is 5 or 6 || (s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode is 1555 or 2067 or 787),
        _ => false,
    };
}
