using System.Threading.Channels;
using Grpc.Core;
using Monty.Protocol.V1;

namespace Monty.Client;

public sealed partial class MontySession
{
    /// <summary>Routes every server message: feed messages to the running feed, snapshots and
    /// load answers to their waiters. When the stream ends, everyone waiting learns why.</summary>
    private async Task ReadLoopAsync()
    {
        Exception ended;
        try
        {
            while (await _stream.ReadAsync().ConfigureAwait(false) is { } response) Dispatch(response);
            ended = new InvalidOperationException("the server ended the session");
        }
        catch (Exception e)
        {
            ended = e;
        }
        lock (_gate)
        {
            _ended = ended;
            _feed?.Writer.TryComplete(ended);
            _restoredFeed?.Writer.TryComplete(ended);
            _dump?.TrySetException(ended);
            _load?.TrySetException(ended);
        }
    }

    private void Dispatch(SessionResponse response)
    {
        lock (_gate)
        {
            switch (response.KindCase)
            {
                case SessionResponse.KindOneofCase.Output:
                case SessionResponse.KindOneofCase.CallRequest:
                    _feed?.Writer.TryWrite(response);
                    break;
                case SessionResponse.KindOneofCase.Completed:
                case SessionResponse.KindOneofCase.Failed:
                    _feed?.Writer.TryWrite(response);
                    _feed?.Writer.TryComplete();
                    _feed = null;
                    break;
                case SessionResponse.KindOneofCase.Snapshot:
                    _dump?.TrySetResult(response.Snapshot);
                    _dump = null;
                    break;
                case SessionResponse.KindOneofCase.Loaded:
                    if (response.Loaded.FeedSuspended)
                    {
                        // The restored feed's calls follow at once; route them before the next read.
                        _restoredFeed = Channel.CreateUnbounded<SessionResponse>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
                        _feed = _restoredFeed;
                    }
                    _load?.TrySetResult(response.Loaded);
                    _load = null;
                    break;
            }
        }
    }

    /// <summary>Reads one feed's messages: output, calls (each served by its own task), terminal.</summary>
    private async IAsyncEnumerable<MontyEvent> DriveAsync(Channel<SessionResponse> channel,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var calls = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ended = false;
        // The cancel request is fire-and-forget: the feed's Failed(CANCELLED) answers it.
        await using var onCancel = cancellationToken.Register(() => _ = SendQuietlyAsync(new SessionRequest { Cancel = new Cancel() }));
        try
        {
            await foreach (var response in channel.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                ended = response.KindCase is SessionResponse.KindOneofCase.Completed or SessionResponse.KindOneofCase.Failed;
                switch (response.KindCase)
                {
                    case SessionResponse.KindOneofCase.Output:
                        _options.Output?.Invoke(response.Output.Stream, response.Output.Text);
                        yield return new MontyOutputEvent(response.Output.Stream, response.Output.Text);
                        break;
                    case SessionResponse.KindOneofCase.CallRequest:
                        var call = response.CallRequest;
                        _ = Task.Run(() => ServeCallAsync(call, calls.Token), CancellationToken.None);
                        yield return new MontyCallEvent(call.CallId, call.FunctionName,
                            [.. call.Args.Select(Values.MontyValues.FromValue)],
                            call.Kwargs.ToDictionary(k => k.Name, k => Values.MontyValues.FromValue(k.Value)));
                        break;
                    case SessionResponse.KindOneofCase.Completed:
                        yield return new MontyCompletedEvent(new MontyResult(response.Completed));
                        yield break;
                    case SessionResponse.KindOneofCase.Failed:
                        if (response.Failed.Reason == FailureReason.Cancelled && cancellationToken.IsCancellationRequested)
                            throw new OperationCanceledException("the feed was cancelled", new MontyScriptException(response.Failed), cancellationToken);
                        throw new MontyScriptException(response.Failed);
                }
            }
        }
        finally
        {
            // Host calls still running belong to a feed that ended: tell them to stop.
            await calls.CancelAsync().ConfigureAwait(false);
            if (!ended) await AbandonAsync(channel).ConfigureAwait(false);
        }
    }

    /// <summary>The caller stopped reading before the feed ended: cancel it and wait for its
    /// terminal message, so the next feed does not cross it on the stream.</summary>
    private async Task AbandonAsync(Channel<SessionResponse> channel)
    {
        await SendQuietlyAsync(new SessionRequest { Cancel = new Cancel() }).ConfigureAwait(false);
        try
        {
            // The server stops the feed at its next host call (or its time limit) and sends Failed.
            await foreach (var _ in channel.Reader.ReadAllAsync().ConfigureAwait(false))
            {
            }
        }
        catch (Exception e) when (e is RpcException or InvalidOperationException or ChannelClosedException)
        {
            // The stream ended; the session reports that on its next use.
        }
    }

    private async Task ServeCallAsync(CallRequest call, CancellationToken cancellationToken)
    {
        var result = new CallResult { CallId = call.CallId };
        try
        {
            result.Value = await _options.Functions.InvokeAsync(call, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            var error = _options.ExceptionMapper(e);
            result.Error = new CallError { ExceptionType = error.Type, Message = error.Message };
        }
        await SendQuietlyAsync(new SessionRequest { CallResult = result }).ConfigureAwait(false);
    }

    /// <summary>Writes a request when the stream may already be gone; the reader reports why.</summary>
    private async Task SendQuietlyAsync(SessionRequest request)
    {
        try
        {
            await _stream.SendAsync(request).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RpcException or InvalidOperationException or ObjectDisposedException or IOException)
        {
        }
    }
}
