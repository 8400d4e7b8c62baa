using Grpc.Core;
using Microsoft.Extensions.Options;
using Monty.Grpc.Tests.Infrastructure;
using Monty.Protocol.V1;

namespace Monty.Grpc.Tests.Server;

/// <summary>Behaviour that depends on server settings: each test starts its own in-process server.</summary>
public sealed class ServerSettingsTests
{
    [Fact]
    public async Task CallResultTimeoutFailsTheFeedAndTheSessionGoesOn()
    {
        await using var host = await TestHost.StartInProcessAsync(Settings.Of(("CallResultTimeout", "00:00:00.200")));
        using var session = host.Open();
        await session.ConfigureAsync("slow");
        await session.FeedAsync("print('waiting')\nslow()");
        Assert.Equal("waiting\n", (await session.ReadRequiredAsync()).Output.Text);
        var call = (await session.ReadRequiredAsync()).CallRequest;
        var failed = (await session.ReadRequiredAsync(TimeSpan.FromSeconds(5))).Failed;
        Assert.Equal("TimeoutError", failed.ExceptionType);
        Assert.Equal($"host function 'slow' (call {call.CallId}) got no result within 0.2 s", failed.Message);
        Assert.Equal(FailureReason.CallResultTimeout, failed.Reason);
        Assert.Equal(Limit.CallResultWait, failed.Limit);
        // A late answer is ignored, and the session takes new feeds.
        await session.AnswerAsync(call.CallId, Wire.None);
        Assert.Equal(4, (await session.RunAsync("2 * 2")).Value.IntValue);
    }

    [Fact]
    public async Task ClientMayAskForAShorterCallResultTimeout()
    {
        await using var host = await TestHost.StartInProcessAsync();
        using var session = host.Open();
        await session.ConfigureAsync(new Configure { HostFunctions = { "f" }, Options = new SessionOptions { CallResultTimeoutMs = 100 } });
        await session.FeedAsync("f()");
        await session.ReadRequiredAsync();
        Assert.Equal(FailureReason.CallResultTimeout, (await session.ReadRequiredAsync(TimeSpan.FromSeconds(5))).Failed.Reason);
    }

    [Fact]
    public async Task IdleSessionIsClosed()
    {
        await using var host = await TestHost.StartInProcessAsync(Settings.Of(("IdleSessionTimeout", "00:00:00.500")));
        using var session = host.Open();
        await session.ConfigureAsync();
        Assert.Equal(1, (await session.RunAsync("1")).Value.IntValue);
        Assert.Equal("the session was idle for 0.5 s and was closed", await session.ExpectStatusAsync(StatusCode.DeadlineExceeded));
        using var silent = host.Open();
        Assert.Contains("no configure message", await silent.ExpectStatusAsync(StatusCode.DeadlineExceeded));
        await host.WaitForNoSessionsAsync();
    }

    [Fact]
    public async Task SessionsBeyondTheCapAreRefused()
    {
        await using var host = await TestHost.StartInProcessAsync(Settings.Of(("MaxConcurrentSessions", 2)));
        using var a = host.Open();
        using var b = host.Open();
        await a.ConfigureAsync();
        await b.ConfigureAsync();
        using var c = host.Open();
        Assert.Contains("maximum of 2 sessions", await c.ExpectStatusAsync(StatusCode.ResourceExhausted));
        await a.CompleteRequestsAsync();
        await a.ReadToEndAsync();
        await host.WaitForNoSessionsAsync(TimeSpan.Zero).ContinueWith(_ => { });
        using var d = host.Open();
        await d.ConfigureAsync();
    }

    [Fact]
    public async Task OversizedResultFailsTheFeedInsteadOfTheStream()
    {
        await using var host = await TestHost.StartInProcessAsync(Settings.Of(("MaxResponseBytes", 65536)));
        using var session = host.Open();
        await session.ConfigureAsync();
        var failed = (await session.RunAsync("'x' * 100000")).Failed;
        Assert.Equal(Limit.MessageSize, failed.Limit);
        Assert.Contains("more than the server's limit of 65536 bytes", failed.Message);
        // Output of the same size is chunked and does arrive.
        var printed = await session.RunAsync("print('y' * 100000)");
        Assert.Equal(new string('y', 100000) + "\n", printed.Stdout);
    }

    [Theory]
    [InlineData("Monty:MaxValueDepth", "40")]
    [InlineData("Monty:DefaultLimits:MaxDuration", "00:01:00")]
    [InlineData("Monty:ApiKeys:0", "short")]
    [InlineData("Monty:Address", "example.com")]
    [InlineData("Monty:MaxRunningFeeds", "0")]
    public async Task InvalidSettingsStopTheServerAtStartup(string key, string value)
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => TestHost.StartInProcessAsync(new Dictionary<string, string?> { [key] = value }));
        Assert.Contains(key.Split(':')[1], e.Message);
    }
}
