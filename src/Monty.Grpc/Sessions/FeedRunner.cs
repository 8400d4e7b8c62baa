using Monty.Grpc.Options;
using Microsoft.Extensions.Options;

namespace Monty.Grpc.Sessions;

/// <summary>Bounds how many sessions execute Python at once. A session waits for a slot
/// asynchronously (no thread held) and runs its engine step inline on the thread pool thread
/// that acquired it, so a CPU-bound feed occupies one slot until its time limit stops it.</summary>
internal sealed class FeedRunner(IOptions<MontyServerOptions> options)
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxRunningFeeds, options.Value.MaxRunningFeeds);

    /// <summary>Takes a slot if one is free right now.</summary>
    public bool TryEnter() => _slots.Wait(0);

    /// <summary>Waits for a slot; cancelling gives up the wait without consuming one.</summary>
    public Task EnterAsync(CancellationToken cancellationToken) => _slots.WaitAsync(cancellationToken);

    public void Exit() => _slots.Release();
}
