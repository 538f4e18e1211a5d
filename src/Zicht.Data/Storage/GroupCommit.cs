using System.Threading.Channels;

namespace Zicht.Data.Storage;

/// <summary>
/// Group commit: writes that arrive while a batch is being written wait together and go into the next transaction,
/// so concurrent writers share one transaction, one turn at the audit chain's lock and one commit (one flush to
/// disk) instead of each paying for their own. Items are written in the order they were queued. A batch that fails
/// is written again item by item, so a bad item fails only its own caller.
/// </summary>
public sealed class GroupCommit<TItem, TResult> : IAsyncDisposable
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> _write;
    private readonly int _maxBatch;
    private readonly Task _writer;

    /// <param name="write">Writes a batch in one transaction and answers one result per item, in order; it may fail as a whole.</param>
    /// <param name="maxBatch">The most items in one transaction.</param>
    public GroupCommit(Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> write, int maxBatch = 64)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _write = write;
        _maxBatch = maxBatch;
        _writer = Task.Run(RunAsync);
    }

    /// <summary>
    /// Queues <paramref name="item"/> and waits until it is written. Cancelling stops the wait, not the write: an
    /// item once queued is written.
    /// </summary>
    public Task<TResult> WriteAsync(TItem item, CancellationToken ct = default)
    {
        var pending = new Pending(item, new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(GroupCommit<TItem, TResult>), "The writer has stopped.");
        }

        return pending.Done.Task.WaitAsync(ct);
    }

    /// <summary>Stops taking items and waits until every queued one is written.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var batch = new List<Pending>(_maxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await WriteBatchAsync(batch).ConfigureAwait(false);
        }
    }

    private async Task WriteBatchAsync(List<Pending> batch)
    {
        try
        {
            var results = await _write([.. batch.Select(p => p.Item)]).ConfigureAwait(false);
            if (results.Count != batch.Count)
            {
                throw new InvalidOperationException($"A batch of {batch.Count} items answered {results.Count} results.");
            }

            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(results[i]);
            }
        }
        catch (Exception) when (batch.Count > 1)
        {
            // Nothing of the batch was stored: find the item that fails by writing each alone.
            foreach (var pending in batch)
            {
                await WriteOneAsync(pending).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            batch[0].Done.TrySetException(e);
        }
    }

    private async Task WriteOneAsync(Pending pending)
    {
        try
        {
            pending.Done.TrySetResult((await _write([pending.Item]).ConfigureAwait(false)).Single());
        }
        catch (Exception e)
        {
            pending.Done.TrySetException(e);
        }
    }

    private sealed record Pending(TItem Item, TaskCompletionSource<TResult> Done);
}
