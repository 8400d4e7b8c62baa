using Grpc.Core;
using Monty.Client.Values;
using Monty.Protocol.V1;

namespace Monty.Client;

/// <summary>The low-level API: one session stream, driven message by message. Writes are
/// serialised, so any number of tasks may answer calls at once; reads are for one reader.</summary>
public sealed class MontyStream : IAsyncDisposable, IDisposable
{
    private readonly AsyncDuplexStreamingCall<SessionRequest, SessionResponse> _call;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private bool _completed;

    internal MontyStream(AsyncDuplexStreamingCall<SessionRequest, SessionResponse> call) => _call = call;

    /// <summary>Sends one request; concurrent calls are queued, never interleaved.</summary>
    public async Task SendAsync(SessionRequest request, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_completed) throw new InvalidOperationException("the request stream is already complete");
            await _call.RequestStream.WriteAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>The next response, or null once the server ended the stream with OK.</summary>
    /// <exception cref="RpcException">The server ended the stream with an error status.</exception>
    public async Task<SessionResponse?> ReadAsync(CancellationToken cancellationToken = default) =>
        await _call.ResponseStream.MoveNext(cancellationToken).ConfigureAwait(false) ? _call.ResponseStream.Current : null;

    public Task ConfigureAsync(Configure configure, CancellationToken cancellationToken = default) =>
        SendAsync(new SessionRequest { Configure = configure }, cancellationToken);

    /// <summary>Feeds code. <paramref name="inputs"/> are the globals to set: a dictionary with
    /// string keys, or an object whose properties are the names (<c>new { city = "Paris" }</c>).</summary>
    public Task FeedAsync(string code, object? inputs = null, CancellationToken cancellationToken = default) =>
        SendAsync(new SessionRequest { Feed = Feeds.Create(code, inputs) }, cancellationToken);

    /// <summary>Answers a call with a value.</summary>
    public Task AnswerAsync(ulong callId, object? value, CancellationToken cancellationToken = default) =>
        SendAsync(new SessionRequest { CallResult = new CallResult { CallId = callId, Value = MontyValues.ToValue(value) } }, cancellationToken);

    /// <summary>Answers a call by raising a Python exception at the call site.</summary>
    public Task RaiseAsync(ulong callId, string pythonType, string message, CancellationToken cancellationToken = default) =>
        SendAsync(new SessionRequest { CallResult = new CallResult { CallId = callId, Error = new CallError { ExceptionType = pythonType, Message = message } } }, cancellationToken);

    public Task CancelFeedAsync(CancellationToken cancellationToken = default) =>
        SendAsync(new SessionRequest { Cancel = new Cancel() }, cancellationToken);

    /// <summary>Half-closes the request side: the server ends the stream once nothing runs.</summary>
    public async Task CompleteAsync()
    {
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_completed) return;
            _completed = true;
            await _call.RequestStream.CompleteAsync().ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Aborts the call (the server sees the client go away).</summary>
    public void Dispose() => _call.Dispose();

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
