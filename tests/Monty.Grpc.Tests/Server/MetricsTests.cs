using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Monty.Grpc.Tests.Infrastructure;
using Monty.Protocol.V1;

namespace Monty.Grpc.Tests.Server;

public sealed class MetricsTests
{
    [Fact]
    public async Task FeedsSuspensionsAndLimitHitsAreCounted()
    {
        await using var host = await TestHost.StartInProcessAsync();
        var factory = host.Services.GetRequiredService<IMeterFactory>();
        var totals = new ConcurrentDictionary<string, double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == factory && instrument.Meter.Name == "Monty.Grpc") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((i, value, tags, _) => totals.AddOrUpdate(i.Name, value, (_, v) => v + value));
        listener.SetMeasurementEventCallback<double>((i, value, tags, _) => totals.AddOrUpdate(i.Name + ".count", 1, (_, v) => v + 1));
        listener.Start();

        using var session = host.Open();
        await session.ConfigureAsync(new Configure { HostFunctions = { "f" }, Limits = new Limits { MaxDurationMs = 50 } });
        await session.RunAsync("f() + f()", _ => Wire.Int(1));
        await session.RunAsync("while True:\n    pass");
        await session.CompleteRequestsAsync();
        await session.ReadToEndAsync();
        await host.WaitForNoSessionsAsync();

        Assert.Equal(1, totals["monty.sessions.opened"]);
        Assert.Equal(0, totals["monty.sessions.active"]);
        Assert.Equal(2, totals["monty.feeds"]);
        Assert.Equal(2, totals["monty.suspensions"]);
        Assert.Equal(1, totals["monty.limit_hits"]);
        Assert.Equal(2, totals["monty.feed.duration.count"]);
    }
}
