using System.Diagnostics;

namespace Monty.Grpc.Sessions;

/// <summary>One timer task per session, re-armed lazily: when deadlines only move later (a new
/// call every few microseconds), the pending timer is kept and fires early, and the loop arms
/// it again for the remainder. This keeps timer allocations off the host-call hot path.</summary>
internal sealed class DeadlineTimer : IDisposable
{
    private Task? _task;
    private long _due;
    private CancellationTokenSource? _cancel;

    /// <summary>A task that completes at or before <paramref name="deadline"/> (a Stopwatch timestamp).</summary>
    public Task Arm(long deadline)
    {
        if (_task is { IsCompleted: false } && _due <= deadline) return _task;
        _cancel?.Cancel();
        _cancel?.Dispose();
        _cancel = new CancellationTokenSource();
        _due = deadline;
        var delay = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
        // +1 ms: a timer may fire a hair before the Stopwatch says the deadline passed.
        _task = delay > TimeSpan.Zero ? Task.Delay(delay + TimeSpan.FromMilliseconds(1), _cancel.Token) : Task.CompletedTask;
        return _task;
    }

    public void Dispose()
    {
        _cancel?.Cancel();
        _cancel?.Dispose();
    }
}
