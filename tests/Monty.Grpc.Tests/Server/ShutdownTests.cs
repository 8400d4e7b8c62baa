using Grpc.Core;
using Grpc.Health.V1;
using Monty.Grpc.Tests.Infrastructure;
using Monty.Protocol.V1;

namespace Monty.Grpc.Tests.Server;

public sealed class ShutdownTests
{
    [Fact]
    public async Task IdleSessionsCloseWithUnavailable()
    {
        await using var host = await TestHost.StartInProcessAsync();
        using var session = host.Open();
        await session.ConfigureAsync();
        var stop = host.StopAsync();
        Assert.Contains("shutting down", await session.ExpectStatusAsync(StatusCode.Unavailable));
        await stop;
    }

    [Fact]
    public async Task RunningFeedMayFinishWithinTheGracePeriod()
    {
        await using var host = await TestHost.StartInProcessAsync(Settings.Of(("ShutdownGracePeriod", "00:00:10")));
        using var session = host.Open();
        await session.ConfigureAsync("f");
        await session.FeedAsync("f() + 1");
        var call = (await session.ReadRequiredAsync()).CallRequest;
        var stop = host.StopAsync();
        await WaitUntilAsync(() => host.Registry.IsStopping);

        // New sessions and health are refused while draining.
        using var late = host.Open();
        Assert.Contains("shutting down", await late.ExpectStatusAsync(StatusCode.Unavailable));
        var health = await new Health.HealthClient(host.Channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, health.Status);

        await session.AnswerAsync(call.CallId, Wire.Int(41));
        Assert.Equal(42, (await session.ReadRequiredAsync()).Completed.Value.IntValue);
        await session.ExpectStatusAsync(StatusCode.Unavailable);
        await stop;
    }

    [Fact]
    public async Task FeedsStillRunningAfterTheGracePeriodFail()
    {
        await using var host = await TestHost.StartInProcessAsync(Settings.Of(("ShutdownGracePeriod", "00:00:00.300")));
        using var session = host.Open();
        await session.ConfigureAsync("f");
        await session.FeedAsync("f()");
        await session.ReadRequiredAsync();
        var stop = host.StopAsync();
        var failed = (await session.ReadRequiredAsync(TimeSpan.FromSeconds(5))).Failed;
        Assert.Equal(FailureReason.ServerShutdown, failed.Reason);
        Assert.Equal("the server shut down before the feed finished", failed.Message);
        await session.ExpectStatusAsync(StatusCode.Unavailable);
        await stop;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }
}
