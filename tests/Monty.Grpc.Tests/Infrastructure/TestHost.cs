using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Monty.Grpc.Hosting;
using Monty.Grpc.Options;
using Monty.Grpc.Sessions;
using Monty.Protocol.V1;

namespace Monty.Grpc.Tests.Infrastructure;

/// <summary>A running server (in-process TestServer, or Kestrel on a loopback port) and a channel to it.</summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestHost(WebApplication app, GrpcChannel channel)
    {
        _app = app;
        Channel = channel;
        Client = new MontyService.MontyServiceClient(channel);
    }

    public GrpcChannel Channel { get; }

    public MontyService.MontyServiceClient Client { get; }

    public IServiceProvider Services => _app.Services;

    internal SessionRegistry Registry => _app.Services.GetRequiredService<SessionRegistry>();

    /// <summary>Starts a server on the ASP.NET Core TestServer (no sockets).</summary>
    public static async Task<TestHost> StartInProcessAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var app = MontyGrpcServer.Build([], builder =>
        {
            builder.WebHost.UseTestServer();
            Configure(builder, settings);
            services?.Invoke(builder.Services);
        });
        await app.StartAsync();
        var handler = app.GetTestServer().CreateHandler();
        var channel = GrpcChannel.ForAddress("http://localhost", new GrpcChannelOptions
        {
            HttpHandler = handler,
            MaxReceiveMessageSize = 64 * 1024 * 1024,
            MaxSendMessageSize = 64 * 1024 * 1024,
        });
        return new TestHost(app, channel);
    }

    /// <summary>Starts a real Kestrel server on a free loopback port (h2c).</summary>
    public static async Task<TestHost> StartKestrelAsync(IDictionary<string, string?>? settings = null, HttpMessageHandler? handler = null)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Monty:Address"] = "127.0.0.1",
            ["Monty:Port"] = "0",
        };
        var app = MontyGrpcServer.Build([], builder => Configure(builder, all));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            HttpHandler = handler,
            MaxReceiveMessageSize = 64 * 1024 * 1024,
            MaxSendMessageSize = 64 * 1024 * 1024,
        });
        return new TestHost(app, channel);
    }

    private static void Configure(WebApplicationBuilder builder, IDictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Monty"] = "Warning",
            ["Logging:Console:FormatterName"] = "simple",
        };
        if (settings is not null) foreach (var kv in settings) all[kv.Key] = kv.Value;
        builder.Configuration.AddInMemoryCollection(all);
    }

    /// <summary>Opens a session (optionally with metadata such as an API key).</summary>
    public SessionClient Open(global::Grpc.Core.Metadata? headers = null, CancellationToken cancellationToken = default) =>
        new(Client.OpenSession(headers, cancellationToken: cancellationToken));

    /// <summary>Stops the server (graceful shutdown) without disposing it.</summary>
    public Task StopAsync() => _app.StopAsync();

    /// <summary>Waits until the server has no open session (cleanup after disconnects is asynchronous).</summary>
    public async Task WaitForNoSessionsAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Registry.Active > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{Registry.Active} sessions still open");
            await Task.Delay(10);
        }
    }

    /// <summary>Waits until <paramref name="count"/> worker slots are taken (a feed is executing Python).</summary>
    public async Task WaitForBusyWorkersAsync(int count)
    {
        var runner = _app.Services.GetRequiredService<FeedRunner>();
        var total = _app.Services.GetRequiredService<IOptions<MontyServerOptions>>().Value.MaxRunningFeeds;
        for (var i = 0; i < 1000 && total - runner.FreeSlots < count; i++) await Task.Delay(5);
        if (total - runner.FreeSlots < count) throw new TimeoutException("the feed never started running");
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
