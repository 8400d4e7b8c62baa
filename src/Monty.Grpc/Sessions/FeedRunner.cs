using Monty.Grpc.Options;
using Microsoft.Extensions.Options;

namespace Monty.Grpc.Sessions;

/// <summary>Bounds how many sessions execute Python at once. A session waits for a slot
/// asynchronously (no thread held) and runs its engine step inline on the thread pool thread
/// that acquired it, so a CPU-bound feed occupies one slot until its time limit stops it.</summary>
internal sealed class FeedRunner
{
    private readonly SemaphoreSlim _slots;

    public FeedRunner(IOptions<MontyServerOptions> options)
    {
        var max = options.Value.MaxRunningFeeds;
        _slots = new SemaphoreSlim(max, max);
        // Engine steps occupy pool threads for up to their time limit. Without spare threads,
        // I/O continuations (every other session's reads and writes) would wait for the pool's
        // slow thread injection whenever all slots run CPU-bound feeds.
        ThreadPool.GetMinThreads(out var workers, out var io);
        var wanted = Environment.ProcessorCount + max;
        if (workers < wanted) ThreadPool.SetMinThreads(wanted, io);
    }

    /// <summary>Takes a slot if one is free right now.</summary>
    public bool TryEnter() => _slots.Wait(0);

    /// <summary>Waits for a slot; cancelling gives up the wait without consuming one.</summary>
    public Task EnterAsync(CancellationToken cancellationToken) => _slots.WaitAsync(cancellationToken);

    public void Exit() => _slots.Release();

    /// <summary>Slots free right now (for tests and diagnostics).</summary>
    public int FreeSlots => _slots.CurrentCount;
}
