using System.Diagnostics;
using Grpc.Core;
using Monty.Grpc.Tests.Infrastructure;
using Monty.Protocol.V1;

namespace Monty.Grpc.Tests.Server;

public sealed class CancellationTests
{
    private static SessionRequest Cancel => new() { Cancel = new Cancel() };

    [Fact]
    public async Task CancelDuringAHostCallFailsTheFeedAndKeepsTheSession()
    {
        await using var host = await TestHost.StartInProcessAsync();
        using var session = host.Open();
        await session.ConfigureAsync("f");
        await session.FeedAsync("x = 0\ntry:\n    f()\nexcept BaseException:\n    print('cleanup')\n    x = 1");
        var call = (await session.ReadRequiredAsync()).CallRequest;
        await session.SendAsync(Cancel);
        var failed = (await session.ReadRequiredAsync()).Failed;
        Assert.Equal("KeyboardInterrupt", failed.ExceptionType);
        Assert.Equal(FailureReason.Cancelled, failed.Reason);
        // A late answer to the abandoned call is not an error.
        await session.AnswerAsync(call.CallId, Wire.None);
        // The cancelled feed was interrupted at its call (its except block ran) with its output muted.
        var next = await session.RunAsync("x");
        Assert.Equal(1, next.Value.IntValue);
        Assert.DoesNotContain(next.Messages, m => m.Output is not null);
    }

    [Fact]
    public async Task CancelWithNoFeedRunningIsANoOp()
    {
        await using var host = await TestHost.StartInProcessAsync();
        using var session = host.Open();
        await session.ConfigureAsync();
        await session.SendAsync(Cancel);
        Assert.Equal(3, (await session.RunAsync("3")).Value.IntValue);
    }

    [Fact]
    public async Task CancelWhileQueuedForAWorker()
    {
        await using var host = await TestHost.StartInProcessAsync(Settings.Of(("MaxRunningFeeds", 1)));
        using var busy = host.Open();
        await busy.ConfigureAsync(new Configure { Limits = new Limits { MaxDurationMs = 1500 } });
        await busy.FeedAsync("while True:\n    pass");
        await host.WaitForBusyWorkersAsync(1);

        using var queued = host.Open();
        await queued.ConfigureAsync();
        await queued.FeedAsync("1");
        var clock = Stopwatch.StartNew();
        await queued.SendAsync(Cancel);
        var failed = (await queued.ReadRequiredAsync()).Failed;
        Assert.Equal(FailureReason.Cancelled, failed.Reason);
        Assert.Empty(failed.Traceback);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"cancel took {clock.Elapsed}");
        Assert.Equal(Limit.Time, (await busy.CollectAsync()).Failed.Limit);
        Assert.Equal(2, (await queued.RunAsync("2")).Value.IntValue);
    }

    [Fact]
    public async Task CpuBoundFeedDoesNotStarveOtherSessions()
    {
        await using var host = await TestHost.StartInProcessAsync(Settings.Of(("MaxRunningFeeds", 2)));
        using var hog = host.Open();
        await hog.ConfigureAsync(new Configure { Limits = new Limits { MaxDurationMs = 3000 } });
        await hog.FeedAsync("while True:\n    pass");
        await host.WaitForBusyWorkersAsync(1);
        using var other = host.Open();
        await other.ConfigureAsync();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++) Assert.Equal(i, (await other.RunAsync($"{i}")).Value.IntValue);
        // Starved, they would have waited for the hog's 3 s time limit.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2.5), $"20 feeds took {clock.Elapsed} next to a CPU-bound one");
        Assert.Equal(Limit.Time, (await hog.CollectAsync()).Failed.Limit);
    }

    [Fact]
    public async Task ClientDisconnectDuringACallCleansUpTheSession()
    {
        await using var host = await TestHost.StartInProcessAsync();
        var session = host.Open();
        await session.ConfigureAsync("f");
        await session.FeedAsync("f()");
        Assert.NotNull((await session.ReadRequiredAsync()).CallRequest);
        Assert.Equal(1, host.Registry.Active);
        session.Dispose();
        await host.WaitForNoSessionsAsync(TimeSpan.FromSeconds(5));
        using var next = host.Open();
        await next.ConfigureAsync();
        Assert.Equal(1, (await next.RunAsync("1")).Value.IntValue);
    }

    [Fact]
    public async Task ClientDeadlineDuringACallCleansUpTheSession()
    {
        await using var host = await TestHost.StartInProcessAsync();
        using var session = new SessionClient(host.Client.OpenSession(deadline: DateTime.UtcNow.AddSeconds(1)));
        await session.SendAsync(new SessionRequest { Configure = new Configure { HostFunctions = { "f" } } });
        await session.FeedAsync("f()");
        // Configured and the call request arrive, then nothing until the deadline ends the call.
        Assert.Equal(StatusCode.DeadlineExceeded, (await session.ReadToEndAsync()).StatusCode);
        await host.WaitForNoSessionsAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task HalfCloseDuringACallFailsTheFeedThenEndsOk()
    {
        await using var host = await TestHost.StartInProcessAsync();
        using var session = host.Open();
        await session.ConfigureAsync("f");
        await session.FeedAsync("f()");
        var call = (await session.ReadRequiredAsync()).CallRequest;
        await session.CompleteRequestsAsync();
        var failed = (await session.ReadRequiredAsync()).Failed;
        Assert.Equal(FailureReason.ClientClosed, failed.Reason);
        Assert.Contains($"call {call.CallId}", failed.Message);
        Assert.Equal(StatusCode.OK, (await session.ReadToEndAsync()).StatusCode);
        await host.WaitForNoSessionsAsync();
    }
}
