using System.Net;
using System.Security.Cryptography.X509Certificates;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Monty.Grpc.Options;
using Monty.Grpc.Security;
using Monty.Grpc.Service;
using Monty.Grpc.Sessions;
using Monty.Grpc.Snapshots;
using Monty.Grpc.Telemetry;

namespace Monty.Grpc.Hosting;

/// <summary>Builds the server: `MontyGrpcServer.Build(args).Run()` is the whole program; tests and
/// benchmarks use <paramref name="configure"/> to swap the transport or add services.</summary>
public static class MontyGrpcServer
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null) =>
        Build(new WebApplicationOptions { Args = args }, configure);

    /// <summary>The same server with host options of the caller's choosing: `monty serve` reads its
    /// settings from the tool's own directory rather than the current one.</summary>
    public static WebApplication Build(WebApplicationOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(options);
        AddMontyServer(builder);
        configure?.Invoke(builder);
        var app = builder.Build();
        MapMontyServer(app);
        return app;
    }

    public static void AddMontyServer(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MontyServerOptions>().Bind(builder.Configuration.GetSection(MontyServerOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MontyServerOptions>, MontyServerOptionsValidator>();

        // Registered as a singleton so the key hashes are computed once, not per call.
        services.AddSingleton<ApiKeyInterceptor>();
        services.AddGrpc().AddServiceOptions<MontySessionService>(o => o.Interceptors.Add<ApiKeyInterceptor>());
        services.AddOptions<GrpcServiceOptions>().Configure<IOptions<MontyServerOptions>>((grpc, monty) =>
        {
            grpc.MaxReceiveMessageSize = monty.Value.MaxRequestBytes;
            grpc.MaxSendMessageSize = monty.Value.MaxResponseBytes;
            grpc.EnableDetailedErrors = false;
        });
        services.AddGrpcReflection();
        services.AddGrpcHealthChecks().AddCheck<ServingHealthCheck>("monty");

        services.AddOptions<KestrelServerOptions>().Configure<IOptions<MontyServerOptions>>((kestrel, monty) => Listen(kestrel, monty.Value));
        // Kestrel must not abort streams before running feeds had their grace period and reported.
        services.AddOptions<HostOptions>().Configure<IOptions<MontyServerOptions>>((host, monty) =>
            host.ShutdownTimeout = monty.Value.ShutdownGracePeriod + TimeSpan.FromSeconds(10));

        services.AddMetrics();
        services.AddSingleton<MontyMetrics>();
        services.AddSingleton<SessionRegistry>();
        services.AddSingleton<FeedRunner>();
        services.AddSingleton<SessionServices>();
        services.AddSingleton<ISessionSnapshots, EngineSnapshots>();
        services.AddHostedService<ShutdownDrain>();
    }

    public static void MapMontyServer(WebApplication app)
    {
        app.MapGrpcService<MontySessionService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
    }

    private static void Listen(KestrelServerOptions kestrel, MontyServerOptions o)
    {
        // Long-lived sessions are streams on shared connections; the default of 100 per connection is low.
        kestrel.Limits.Http2.MaxStreamsPerConnection = Math.Max(100, Math.Min(o.MaxConcurrentSessions, 10_000));
        Action<ListenOptions> endpoint = listen =>
        {
            listen.Protocols = HttpProtocols.Http2;
            if (o.Tls.CertificatePath is { } path) listen.UseHttps(LoadCertificate(path, o.Tls));
        };
        switch (o.Address)
        {
            case "localhost":
                kestrel.ListenLocalhost(o.Port, endpoint);
                break;
            case "*":
                kestrel.ListenAnyIP(o.Port, endpoint);
                break;
            default:
                kestrel.Listen(IPAddress.Parse(o.Address), o.Port, endpoint);
                break;
        }
    }

    private static X509Certificate2 LoadCertificate(string path, TlsOptions tls) => tls.KeyPath is { } key
        ? X509Certificate2.CreateFromPemFile(path, key)
        : X509CertificateLoader.LoadPkcs12FromFile(path, tls.CertificatePassword);
}
