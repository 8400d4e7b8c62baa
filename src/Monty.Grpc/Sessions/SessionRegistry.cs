using Microsoft.Extensions.Options;
using Monty.Grpc.Options;

namespace Monty.Grpc.Sessions;

/// <summary>Counts open sessions against the cap and tells them when the server stops. Sessions
/// register callbacks on the tokens (O(1) each) rather than all awaiting one shared task.</summary>
internal sealed class SessionRegistry(IOptions<MontyServerOptions> options)
{
    private readonly int _max = options.Value.MaxConcurrentSessions;
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _graceOver = new();
    private readonly TaskCompletionSource _allClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _active;

    public int Active => Volatile.Read(ref _active);

    public bool IsStopping => _stopping.IsCancellationRequested;

    /// <summary>Cancelled when shutdown begins: sessions stop taking new feeds.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Cancelled when the shutdown grace period ends: unfinished feeds fail.</summary>
    public CancellationToken GraceOver => _graceOver.Token;

    public bool TryEnter()
    {
        while (true)
        {
            var current = Volatile.Read(ref _active);
            if (current >= _max) return false;
            if (Interlocked.CompareExchange(ref _active, current + 1, current) == current) return true;
        }
    }

    public void Exit()
    {
        if (Interlocked.Decrement(ref _active) == 0 && IsStopping) _allClosed.TrySetResult();
    }

    /// <summary>Starts the drain; returns when every session has closed (or the grace period
    /// plus a margin for the sessions to send their failures has passed).</summary>
    public async Task ShutdownAsync(TimeSpan grace)
    {
        if (IsStopping) return;
        _stopping.Cancel();
        if (Active == 0) _allClosed.TrySetResult();
        await Task.WhenAny(_allClosed.Task, Task.Delay(grace));
        _graceOver.Cancel();
        await Task.WhenAny(_allClosed.Task, Task.Delay(TimeSpan.FromSeconds(5)));
    }
}
