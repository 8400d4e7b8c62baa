using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monty.Grpc.Hosting;

namespace Monty.Client.Tests.Infrastructure;

/// <summary>A real Monty server on the ASP.NET Core TestServer (no sockets) and a client to it.</summary>
public sealed class InProcessServer : IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings;
    private WebApplication _app = null!;
    private GrpcChannel _channel = null!;

    public InProcessServer()
        : this([])
    {
    }

    private InProcessServer(Dictionary<string, string?> settings) => _settings = settings;

    public MontyClient Client { get; private set; } = null!;

    public GrpcChannel Channel => _channel;

    /// <summary>A server with extra settings ("Monty:ApiKeys:0" = ...), started.</summary>
    public static async Task<InProcessServer> StartAsync(Dictionary<string, string?> settings)
    {
        var server = new InProcessServer(settings);
        await server.InitializeAsync();
        return server;
    }

    public async Task InitializeAsync()
    {
        _app = MontyGrpcServer.Build([], builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:Console:FormatterName"] = "simple",
            });
            builder.Configuration.AddInMemoryCollection(_settings);
        });
        await _app.StartAsync();
        _channel = GrpcChannel.ForAddress("http://localhost", new GrpcChannelOptions { HttpHandler = _app.GetTestServer().CreateHandler() });
        Client = new MontyClient(_channel);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        _channel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>A server hosting another gRPC implementation of the Monty service (a scripted fake).</summary>
    public static async Task<(WebApplication App, GrpcChannel Channel)> StartFakeAsync<TService>() where TService : class
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddGrpc();
        var app = builder.Build();
        app.MapGrpcService<TService>();
        await app.StartAsync();
        return (app, GrpcChannel.ForAddress("http://localhost", new GrpcChannelOptions { HttpHandler = app.GetTestServer().CreateHandler() }));
    }
}

[CollectionDefinition(Name)]
public sealed class SharedServer : ICollectionFixture<InProcessServer>
{
    public const string Name = "in-process Monty server";
}
