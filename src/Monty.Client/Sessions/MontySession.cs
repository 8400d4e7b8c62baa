using System.Threading.Channels;
using Grpc.Core;
using Monty.Protocol.V1;

namespace Monty.Client;

/// <summary>A Python namespace on the server that lives as long as this object: run snippets one
/// after another (globals persist), answer host calls, dump and load state. One feed at a time;
/// a background reader routes the server's messages, and each host call runs as its own task,
/// answered by call id as it finishes.</summary>
public sealed partial class MontySession : IAsyncDisposable
{
    private readonly MontyStream _stream;
    private readonly MontySessionOptions _options;
    private readonly SemaphoreSlim _feedLock = new(1, 1);
    private readonly Lock _gate = new();
    private readonly Task _reader;
    private Channel<SessionResponse>? _feed;
    private Channel<SessionResponse>? _restoredFeed;
    private TaskCompletionSource<Snapshot>? _dump;
    private TaskCompletionSource<Loaded>? _load;
    private Exception? _ended;

    private MontySession(MontyStream stream, MontySessionOptions options, Configured configured)
    {
        _stream = stream;
        _options = options;
        Configured = configured;
        Limits = MontyLimits.FromWire(configured.Limits);
        _reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>The server's answer to the session's configuration.</summary>
    public Configured Configured { get; }

    public string SessionId => Configured.SessionId;

    /// <summary>The limits that apply to each feed (null: unlimited).</summary>
    public MontyLimits Limits { get; private set; }

    /// <summary>The low-level stream, for messages this class does not cover.</summary>
    public MontyStream Stream => _stream;

    internal static async Task<MontySession> OpenAsync(MontyStream stream, MontySessionOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await stream.ConfigureAsync(options.ToConfigure(), cancellationToken).ConfigureAwait(false);
            var response = await stream.ReadAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("the server ended the session before configuring it");
            if (response.KindCase != SessionResponse.KindOneofCase.Configured)
                throw new InvalidOperationException($"expected configured, the server sent {response.KindCase}");
            return new MontySession(stream, options, response.Configured);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Runs code and returns the value of its final expression statement.</summary>
    /// <param name="inputs">Globals to set first: a dictionary with string keys or an object
    /// whose properties are the names (<c>new { city = "Paris" }</c>).</param>
    /// <param name="cancellationToken">Cancels the feed on the server; the task then throws
    /// <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="MontyScriptException">The script failed.</exception>
    public async Task<MontyResult> RunAsync(string code, object? inputs = null, CancellationToken cancellationToken = default)
    {
        await foreach (var e in StreamAsync(code, inputs, cancellationToken).ConfigureAwait(false))
        {
            if (e is MontyCompletedEvent completed) return completed.Result;
        }
        throw new InvalidOperationException("the feed ended without a terminal message");
    }

    /// <summary>Runs code and returns its result as <typeparamref name="T"/>.</summary>
    public async Task<T?> RunAsync<T>(string code, object? inputs = null, CancellationToken cancellationToken = default) =>
        (await RunAsync(code, inputs, cancellationToken).ConfigureAwait(false)).As<T>();

    /// <summary>Runs code and yields what happens: output, host calls (served by the registered
    /// functions), then <see cref="MontyCompletedEvent"/>. A failure throws <see cref="MontyScriptException"/>.</summary>
    public async IAsyncEnumerable<MontyEvent> StreamAsync(string code, object? inputs = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var feed = Feeds.Create(code, inputs);
        await _feedLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var channel = Channel.CreateUnbounded<SessionResponse>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
            lock (_gate)
            {
                ThrowIfEnded();
                _feed = channel;
            }
            await _stream.SendAsync(new SessionRequest { Feed = feed }, CancellationToken.None).ConfigureAwait(false);
            await foreach (var e in DriveAsync(channel, cancellationToken).ConfigureAwait(false)) yield return e;
        }
        finally
        {
            _feedLock.Release();
        }
    }

    /// <summary>Asks the server for the session's state. Allowed between feeds, and from a host
    /// function while the feed waits for host calls (the snapshot then includes the feed).</summary>
    public async Task<MontySnapshot> DumpAsync(CancellationToken cancellationToken = default)
    {
        var pending = new TaskCompletionSource<Snapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            ThrowIfEnded();
            if (_dump is not null) throw new InvalidOperationException("a dump is already in progress");
            _dump = pending;
        }
        await _stream.SendAsync(new SessionRequest { Dump = new Dump() }, cancellationToken).ConfigureAwait(false);
        var snapshot = await pending.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new MontySnapshot(snapshot.Data.ToByteArray(), snapshot.FeedSuspended);
    }

    /// <summary>Replaces the session's state with a snapshot (between feeds). When it holds a
    /// suspended feed, finish that feed with <see cref="ResumeAsync"/>.</summary>
    public async Task<MontyLoaded> LoadAsync(MontySnapshot snapshot, CancellationToken cancellationToken = default)
    {
        await _feedLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var pending = new TaskCompletionSource<Loaded>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                ThrowIfEnded();
                if (_restoredFeed is not null) throw new InvalidOperationException("resume the restored feed before loading again");
                _load = pending;
            }
            await _stream.SendAsync(new SessionRequest { Load = new Load { Snapshot = Google.Protobuf.ByteString.CopyFrom(snapshot.Data) } }, cancellationToken).ConfigureAwait(false);
            var loaded = await pending.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            Limits = MontyLimits.FromWire(loaded.Limits);
            return new MontyLoaded([.. loaded.HostFunctions], Limits, loaded.FeedSuspended, loaded.ScriptName);
        }
        finally
        {
            _feedLock.Release();
        }
    }

    /// <summary>Finishes the feed a loaded snapshot restored, serving its host calls.</summary>
    public async Task<MontyResult> ResumeAsync(CancellationToken cancellationToken = default)
    {
        await _feedLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Channel<SessionResponse> channel;
            lock (_gate)
            {
                channel = _restoredFeed ?? throw new InvalidOperationException("no restored feed to resume");
                _restoredFeed = null;
            }
            await foreach (var e in DriveAsync(channel, cancellationToken).ConfigureAwait(false))
            {
                if (e is MontyCompletedEvent completed) return completed.Result;
            }
            throw new InvalidOperationException("the feed ended without a terminal message");
        }
        finally
        {
            _feedLock.Release();
        }
    }

    /// <summary>Half-closes the stream, waits for the server to end it, and releases the call.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _stream.CompleteAsync().ConfigureAwait(false);
            await _reader.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RpcException or InvalidOperationException or TimeoutException or ObjectDisposedException)
        {
            // The stream is already gone or the server is slow to close: dropping the call is all that is left.
        }
        _stream.Dispose();
    }

    private void ThrowIfEnded()
    {
        if (_ended is not null) throw new InvalidOperationException("the session has ended: " + _ended.Message, _ended);
    }
}
