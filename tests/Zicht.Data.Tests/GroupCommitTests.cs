using Zicht.Data.Storage;

namespace Zicht.Data.Tests;

public sealed class GroupCommitTests
{
    /// <summary>A writer whose first batch waits at a gate, so the test can queue more behind it; it keeps every batch it was given.</summary>
    private sealed class GatedWriter
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<int[]> Batches { get; } = [];

        public int? FailsOn { get; init; }

        public Task Entered => _entered.Task;

        public void Open() => _gate.TrySetResult();

        public async Task<IReadOnlyList<string>> WriteAsync(IReadOnlyList<int> items)
        {
            lock (Batches)
            {
                Batches.Add([.. items]);
            }

            _entered.TrySetResult();
            await _gate.Task;
            if (FailsOn is { } bad && items.Contains(bad))
            {
                throw new InvalidOperationException($"item {bad} breaks a rule");
            }

            return [.. items.Select(i => $"stored {i}")];
        }
    }

    [Fact]
    public async Task Items_queued_while_a_batch_is_written_share_the_next_transaction_in_order()
    {
        var writer = new GatedWriter();
        await using var commit = new GroupCommit<int, string>(writer.WriteAsync);

        var first = commit.WriteAsync(0, TestContext.Current.CancellationToken);
        await writer.Entered;
        var rest = Enumerable.Range(1, 5).Select(i => commit.WriteAsync(i, TestContext.Current.CancellationToken)).ToList();
        writer.Open();

        Assert.Equal("stored 0", await first);
        Assert.Equal(["stored 1", "stored 2", "stored 3", "stored 4", "stored 5"], await Task.WhenAll(rest));
        Assert.Equal([[0], [1, 2, 3, 4, 5]], writer.Batches);
    }

    [Fact]
    public async Task A_batch_never_holds_more_than_its_limit()
    {
        var writer = new GatedWriter();
        await using var commit = new GroupCommit<int, string>(writer.WriteAsync, maxBatch: 2);

        var first = commit.WriteAsync(0, TestContext.Current.CancellationToken);
        await writer.Entered;
        var rest = Enumerable.Range(1, 5).Select(i => commit.WriteAsync(i, TestContext.Current.CancellationToken)).ToList();
        writer.Open();
        await Task.WhenAll(rest.Prepend(first));

        Assert.Equal([[0], [1, 2], [3, 4], [5]], writer.Batches);
    }

    [Fact]
    public async Task A_failing_item_fails_only_its_own_caller()
    {
        var writer = new GatedWriter { FailsOn = 3 };
        await using var commit = new GroupCommit<int, string>(writer.WriteAsync);

        var first = commit.WriteAsync(0, TestContext.Current.CancellationToken);
        await writer.Entered;
        var rest = Enumerable.Range(1, 4).Select(i => commit.WriteAsync(i, TestContext.Current.CancellationToken)).ToList();
        writer.Open();

        Assert.Equal("stored 0", await first);
        Assert.Equal("stored 1", await rest[0]);
        Assert.Equal("stored 2", await rest[1]);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => rest[2]);
        Assert.Equal("item 3 breaks a rule", error.Message);
        Assert.Equal("stored 4", await rest[3]);
        // The batch failed as a whole, then each item was written alone.
        Assert.Equal([[0], [1, 2, 3, 4], [1], [2], [3], [4]], writer.Batches);
    }

    [Fact]
    public async Task A_caller_who_stops_waiting_still_has_the_item_written()
    {
        var writer = new GatedWriter();
        await using var commit = new GroupCommit<int, string>(writer.WriteAsync);
        using var impatient = new CancellationTokenSource();

        var first = commit.WriteAsync(0, TestContext.Current.CancellationToken);
        await writer.Entered;
        var abandoned = commit.WriteAsync(1, impatient.Token);
        var after = commit.WriteAsync(2, TestContext.Current.CancellationToken);
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        writer.Open();

        Assert.Equal("stored 2", await after);
        Assert.Equal([[0], [1, 2]], writer.Batches);
        Assert.Equal("stored 0", await first);
    }

    [Fact]
    public async Task Stopping_writes_everything_queued_and_then_refuses_more()
    {
        var writer = new GatedWriter();
        var commit = new GroupCommit<int, string>(writer.WriteAsync);
        var queued = Enumerable.Range(0, 3).Select(i => commit.WriteAsync(i, TestContext.Current.CancellationToken)).ToList();
        await writer.Entered;

        var stopping = commit.DisposeAsync().AsTask();
        writer.Open();
        await stopping;

        // Written before the stop completed; the callers hear of it just after.
        Assert.Equal([0, 1, 2], writer.Batches.SelectMany(b => b));
        Assert.Equal(["stored 0", "stored 1", "stored 2"], await Task.WhenAll(queued));
        Assert.Throws<ObjectDisposedException>(() => { _ = commit.WriteAsync(3, TestContext.Current.CancellationToken); });
    }
}
