using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monty.Grpc.Options;
using Monty.Grpc.Snapshots;
using Monty.Grpc.Telemetry;
using Monty.Grpc.Values;

namespace Monty.Grpc.Sessions;

/// <summary>The singletons every session uses, resolved once.</summary>
internal sealed class SessionServices(
    IOptions<MontyServerOptions> options,
    FeedRunner runner,
    SessionRegistry registry,
    ISessionSnapshots snapshots,
    MontyMetrics metrics,
    ILogger<SessionLoop> logger)
{
    public MontyServerOptions Options { get; } = options.Value;

    public FeedRunner Runner { get; } = runner;

    public SessionRegistry Registry { get; } = registry;

    public ISessionSnapshots Snapshots { get; } = snapshots;

    public MontyMetrics Metrics { get; } = metrics;

    public ILogger Logger { get; } = logger;

    public LimitPolicy Limits { get; } = new(options.Value.DefaultLimits, options.Value.MaxLimits);

    public ValueEncoder Encoder { get; } = new(options.Value.MaxValueDepth);

    public ValueDecoder Decoder { get; } = new(options.Value.MaxValueDepth);

    public static string Version { get; } =
        typeof(SessionServices).Assembly.GetName().Version?.ToString() ?? "0.0.0";
}
