using Grpc.Core;
using Grpc.Net.Client;
using Monty.Protocol.V1;

namespace Monty.Client;

/// <summary>Talks to a Monty server. Cheap to keep for the life of the application; thread-safe.
/// <code>
/// using var client = new MontyClient("http://localhost:50051");
/// var functions = new HostFunctions { ["get_weather"] = (string city) => new { city, temp = 21.5 } };
/// await using var session = await client.OpenSessionAsync(new() { Functions = functions });
/// var result = await session.RunAsync("get_weather('Paris')['temp']");
/// </code></summary>
public sealed class MontyClient : IDisposable
{
    private readonly MontyService.MontyServiceClient _client;
    private readonly GrpcChannel? _ownedChannel;
    private readonly string? _apiKey;

    /// <summary>Uses a channel the caller owns (and disposes).</summary>
    public MontyClient(GrpcChannel channel, string? apiKey = null)
        : this(channel.CreateCallInvoker(), apiKey)
    {
    }

    public MontyClient(CallInvoker callInvoker, string? apiKey = null)
    {
        _client = new MontyService.MontyServiceClient(callInvoker);
        _apiKey = apiKey;
    }

    /// <summary>Opens a channel to <paramref name="address"/> ("http://host:port" for h2c,
    /// "https://..." for TLS), disposed with this client.</summary>
    public MontyClient(string address, string? apiKey = null, GrpcChannelOptions? options = null)
        : this(GrpcChannel.ForAddress(address, options ?? new GrpcChannelOptions()), apiKey, owned: true)
    {
    }

    private MontyClient(GrpcChannel channel, string? apiKey, bool owned)
        : this(channel, apiKey) => _ownedChannel = owned ? channel : null;

    /// <summary>Opens a session: sends the configuration and waits for the server's answer.</summary>
    /// <param name="cancellationToken">Aborts the whole session's call when cancelled.</param>
    public Task<MontySession> OpenSessionAsync(MontySessionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new MontySessionOptions();
        return MontySession.OpenAsync(OpenStream(options.Headers, options.Deadline, cancellationToken), options, cancellationToken);
    }

    /// <summary>Opens a session, runs one snippet, closes the session.</summary>
    /// <exception cref="MontyScriptException">The script failed.</exception>
    public async Task<MontyResult> RunAsync(string code, object? inputs = null, MontySessionOptions? options = null, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenSessionAsync(options, cancellationToken).ConfigureAwait(false);
        return await session.RunAsync(code, inputs, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The low-level API: a raw session stream; send Configure first.</summary>
    public MontyStream OpenStream(Metadata? headers = null, DateTime? deadline = null, CancellationToken cancellationToken = default)
    {
        if (_apiKey is not null)
        {
            headers = headers is null ? [] : [.. headers];
            headers.Add("x-api-key", _apiKey);
        }
        return new MontyStream(_client.OpenSession(headers, deadline?.ToUniversalTime(), cancellationToken));
    }

    public void Dispose() => _ownedChannel?.Dispose();
}
