using System.Threading.Channels;
using Grpc.Core;
using Monty.Protocol.V1;

namespace Monty.Grpc.Sessions;

/// <summary>The only writer of a session's response stream: messages are queued in order and
/// written by one loop, so engine output, call requests and terminal messages never race.
/// When the loop is idle, a queued message is written at once on the sender's thread (no
/// thread-pool hop on the host-call path); while a write is in flight, messages queue up and
/// are written with BufferHint and flushed once.</summary>
internal sealed class ResponseWriter
{
    private static readonly WriteOptions Buffered = new(WriteFlags.BufferHint);

    private readonly Channel<SessionResponse> _queue = Channel.CreateUnbounded<SessionResponse>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = true, AllowSynchronousContinuations = true });
    private readonly IServerStreamWriter<SessionResponse> _stream;
    private readonly Task _loop;

    public ResponseWriter(IServerStreamWriter<SessionResponse> stream)
    {
        _stream = stream;
        _loop = WriteLoopAsync();
    }

    /// <summary>Queues a message; dropped if the stream already failed (the client is gone).</summary>
    public void Send(SessionResponse message) => _queue.Writer.TryWrite(message);

    /// <summary>Writes what is queued, then stops. Throws nothing: a failed write means the client left.</summary>
    public async Task CompleteAsync(TimeSpan timeout)
    {
        _queue.Writer.TryComplete();
        await Task.WhenAny(_loop, Task.Delay(timeout)).ConfigureAwait(false);
    }

    private async Task WriteLoopAsync()
    {
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (reader.TryRead(out var message))
                {
                    _stream.WriteOptions = reader.TryPeek(out _) ? Buffered : null;
                    await _stream.WriteAsync(message).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or InvalidOperationException or RpcException)
        {
            // The client disconnected (or the call ended): nothing more can be delivered.
            _queue.Writer.TryComplete();
        }
    }
}
