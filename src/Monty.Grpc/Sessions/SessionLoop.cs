using System.Diagnostics;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Monty.Grpc.Telemetry;
using Monty.Protocol.V1;

namespace Monty.Grpc.Sessions;

/// <summary>Drives one session stream. One async loop owns all session state and handles
/// whichever comes first: a request, a worker slot for a queued engine step, a deadline
/// (idle, call result), or shutdown. Engine steps run inline while a slot is held, so nothing
/// else touches the engine concurrently, and between steps the session holds no thread.</summary>
internal sealed partial class SessionLoop : IDisposable
{
    private readonly IAsyncStreamReader<SessionRequest> _requests;
    private readonly ServerCallContext _call;
    private readonly SessionServices _services;
    private readonly ResponseWriter _writer;
    private readonly DeadlineTimer _timer = new();
    private readonly CancellationTokenRegistration[] _registrations;
    private readonly CancellationTokenSource _stopReading = new();

    /// <summary>Completed when something outside the loop happens (the call ends, shutdown
    /// starts, the grace period ends); the loop then replaces it and looks at what changed.</summary>
    private TaskCompletionSource _signal = NewSignal();

    private Task<bool>? _read;
    private bool _clientClosed;
    private bool _clientGone;
    private bool _stopping;
    private long _lastActivity;
    private Status? _end;

    public SessionLoop(IAsyncStreamReader<SessionRequest> requests, IServerStreamWriter<SessionResponse> responses,
        ServerCallContext call, SessionServices services)
    {
        _requests = requests;
        _call = call;
        _services = services;
        _writer = new ResponseWriter(responses);
        Action<object?> signal = static s => ((SessionLoop)s!)._signal.TrySetResult();
        _registrations =
        [
            call.CancellationToken.UnsafeRegister(signal, this),
            services.Registry.Stopping.UnsafeRegister(signal, this),
            services.Registry.GraceOver.UnsafeRegister(signal, this),
        ];
    }

    public string SessionId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Runs the session to its end; throws the RpcException that ends the stream when it is not OK.</summary>
    public async Task RunAsync()
    {
        using var scope = _services.Logger.BeginScope("Session {SessionId}", SessionId);
        _lastActivity = Stopwatch.GetTimestamp();
        _read = _requests.MoveNext(_stopReading.Token);
        try
        {
            while (_end is null)
            {
                try
                {
                    await NextEventAsync();
                }
                catch (RpcException e)
                {
                    Log.ProtocolMisuse(_services.Logger, SessionId, e.StatusCode, e.Status.Detail);
                    _services.Metrics.ProtocolError(e.StatusCode);
                    _end = e.Status;
                }
                catch (Exception e)
                {
                    // A bug: this session ends with INTERNAL; the server and other sessions go on.
                    InternalError(e);
                }
            }
        }
        finally
        {
            Cleanup();
            await StopReadingAsync();
        }
        if (_clientGone)
        {
            await _writer.CompleteAsync(TimeSpan.Zero);
            return;
        }
        await _writer.CompleteAsync(TimeSpan.FromSeconds(5));
        Log.SessionClosed(_services.Logger, SessionId, _feedCount);
        if (_end.Value.StatusCode != StatusCode.OK) throw new RpcException(_end.Value);
    }

    private async Task NextEventAsync()
    {
        if (_call.CancellationToken.IsCancellationRequested)
        {
            ClientGone();
            return;
        }
        RequestSlotIfNeeded();
        if (_slot is { IsCompleted: true })
        {
            RunStep();
        }
        else if (_read is { IsCompleted: true })
        {
            await HandleReadAsync();
        }
        else
        {
            await WaitForEventAsync();
        }
        CheckEnd();
    }

    /// <summary>Sleeps until something can happen; then handles shutdown and deadlines (reads and
    /// slots are picked up by the next turn of the loop).</summary>
    private async Task WaitForEventAsync()
    {
        var deadline = NextDeadline();
        var waits = new List<Task>(4) { _signal.Task };
        if (_read is not null) waits.Add(_read);
        if (_slot is not null) waits.Add(_slot);
        if (deadline is { } due) waits.Add(_timer.Arm(due));
        await Task.WhenAny(waits);

        // Replace the signal before looking, so that an event arriving meanwhile is not lost.
        if (_signal.Task.IsCompleted) _signal = NewSignal();
        if (!_stopping && _services.Registry.IsStopping) _stopping = true;
        if (_stopping && _feed is not null && _services.Registry.GraceOver.IsCancellationRequested)
        {
            AbortFeed(WireMessages.Failed("RuntimeError", "the server shut down before the feed finished",
                FailureReason.ServerShutdown, Limit.Unspecified));
        }
        if (deadline is { } d && Stopwatch.GetTimestamp() >= d) OnDeadline();
    }

    private async Task HandleReadAsync()
    {
        bool more;
        try
        {
            more = await _read!;
        }
        catch (RpcException)
        {
            throw; // e.g. RESOURCE_EXHAUSTED for an oversized message, raised by the framework.
        }
        catch (Exception) when (_call.CancellationToken.IsCancellationRequested)
        {
            ClientGone();
            return;
        }
        catch (InvalidProtocolBufferException e)
        {
            throw ProtocolErrors.InvalidArgument($"the request could not be parsed as a SessionRequest: {e.Message}");
        }
        catch (InvalidDataException e)
        {
            throw ProtocolErrors.InvalidArgument($"malformed gRPC message: {e.Message}");
        }
        catch (IOException)
        {
            ClientGone();
            return;
        }
        if (!more)
        {
            _read = null;
            OnClientClosed();
            return;
        }
        var request = _requests.Current;
        _read = _requests.MoveNext(_stopReading.Token);
        _lastActivity = Stopwatch.GetTimestamp();
        Handle(request);
    }

    private bool IsIdle => _feed is null && _steps.Count == 0;

    /// <summary>The next moment a timer matters: the idle bound, or the earliest call result due.</summary>
    private long? NextDeadline()
    {
        if (IsIdle) return _lastActivity + ToTicks(_services.Options.IdleSessionTimeout);
        if (_feed is { AwaitingClient: true }) return _calls.Earliest()?.Deadline;
        return null;
    }

    private void OnDeadline()
    {
        if (IsIdle)
        {
            var idle = _services.Options.IdleSessionTimeout.TotalSeconds;
            _end = new Status(StatusCode.DeadlineExceeded, _session is null
                ? $"no configure message within {idle:0.###} s; the session was closed"
                : $"the session was idle for {idle:0.###} s and was closed");
            return;
        }
        if (_feed is { AwaitingClient: true } && _calls.Earliest() is { } call && Stopwatch.GetTimestamp() >= call.Deadline)
        {
            AbortFeed(WireMessages.Failed("TimeoutError",
                $"host function '{call.FunctionName}' (call {call.CallId}) got no result within {_callTimeout.TotalSeconds:0.###} s",
                FailureReason.CallResultTimeout, Limit.CallResultWait));
        }
    }

    /// <summary>The client half-closed: it can send nothing more, so a feed waiting for a call result can never finish.</summary>
    private void OnClientClosed()
    {
        _clientClosed = true;
        if (_feed is { AwaitingClient: true } && _calls.Earliest() is { } call)
        {
            AbortFeed(WireMessages.Failed("RuntimeError",
                $"the client closed its request stream while host function '{call.FunctionName}' (call {call.CallId}) waited for a result",
                FailureReason.ClientClosed, Limit.Unspecified));
        }
    }

    /// <summary>Ends the stream when nothing is left to do for a closed client or a stopping server.</summary>
    private void CheckEnd()
    {
        if (_end is not null || !IsIdle) return;
        if (_stopping) _end = new Status(StatusCode.Unavailable, "the server is shutting down; open a new session elsewhere");
        else if (_clientClosed) _end = Status.DefaultSuccess;
    }

    private void ClientGone()
    {
        if (!_clientGone) Log.ClientGone(_services.Logger, SessionId);
        _clientGone = true;
        _end = Status.DefaultCancelled;
    }

    private void Cleanup()
    {
        ReleaseSlot();
        _steps.Clear();
    }

    /// <summary>The framework fails a call whose handler returns with a read still pending, so the
    /// outstanding read is cancelled and awaited before the stream's status is set.</summary>
    private async Task StopReadingAsync()
    {
        if (_read is not { IsCompleted: false } read) return;
        _stopReading.Cancel();
        try
        {
            await read.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception)
        {
            // Cancelled (expected), or the client went away meanwhile: either way nothing is pending.
        }
    }

    private static long ToTicks(TimeSpan t) => (long)(t.TotalSeconds * Stopwatch.Frequency);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _timer.Dispose();
        _stopReading.Dispose();
    }
}
