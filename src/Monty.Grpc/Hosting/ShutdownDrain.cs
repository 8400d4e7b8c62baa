using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monty.Grpc.Options;
using Monty.Grpc.Sessions;
using Monty.Grpc.Telemetry;

namespace Monty.Grpc.Hosting;

/// <summary>Graceful shutdown. ApplicationStopping fires before Kestrel stops, so the drain
/// starts at once: idle sessions close with UNAVAILABLE, running feeds get the grace period,
/// and then unfinished feeds fail with reason SERVER_SHUTDOWN. Kestrel meanwhile stops
/// accepting connections and waits for the streams to end.</summary>
internal sealed class ShutdownDrain(IHostApplicationLifetime lifetime, SessionRegistry registry,
    IOptions<MontyServerOptions> options, ILogger<ShutdownDrain> logger) : IHostedService
{
    private Task _drain = Task.CompletedTask;
    private CancellationTokenRegistration _registration;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _registration = lifetime.ApplicationStopping.Register(() =>
        {
            var grace = options.Value.ShutdownGracePeriod;
            Log.ShutdownStarted(logger, registry.Active, grace.TotalSeconds);
            _drain = registry.ShutdownAsync(grace);
        });
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _registration.DisposeAsync();
        await _drain.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
