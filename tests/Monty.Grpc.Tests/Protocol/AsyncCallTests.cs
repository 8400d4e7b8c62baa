using System.Diagnostics;
using Grpc.Core;
using Monty.Grpc.Tests.Infrastructure;
using Monty.Protocol.V1;

namespace Monty.Grpc.Tests.Protocol;

/// <summary>asyncio.gather over host functions: several call requests are outstanding at once,
/// the client answers them in any order, and misuse of call ids ends the stream clearly.</summary>
[Collection(SharedServer.Name)]
public sealed class AsyncCallTests(ServerFixture fixture)
{
    private TestHost Host => fixture.Host;

    private static string GatherCode(int n) =>
        $"import asyncio\nasync def main():\n    return await asyncio.gather(*[fetch(i) for i in range({n})])\nasyncio.run(main())";

    private static async Task<List<CallRequest>> ReadCallsAsync(SessionClient session, int count)
    {
        var calls = new List<CallRequest>();
        while (calls.Count < count)
        {
            var response = await session.ReadRequiredAsync();
            Assert.Equal(SessionResponse.KindOneofCase.CallRequest, response.KindCase);
            calls.Add(response.CallRequest);
        }
        return calls;
    }

    [Fact]
    public async Task FiftyGatheredCallsAreAllOutstandingAndAnsweredOutOfOrder()
    {
        using var session = Host.Open();
        await session.ConfigureAsync("fetch");
        await session.FeedAsync(GatherCode(50));
        var calls = await ReadCallsAsync(session, 50);
        Assert.Equal(50, calls.Select(c => c.CallId).Distinct().Count());
        foreach (var call in calls.OrderBy(c => (c.CallId * 7919) % 53))
            await session.AnswerAsync(call.CallId, Wire.Int(call.Args[0].IntValue * 10));
        var result = await session.CollectAsync();
        Assert.Equal(SessionResponse.KindOneofCase.Completed, result.Messages[^1].KindCase);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => (long)i * 10), result.Value.ListValue.Items.Select(v => v.IntValue));
        Assert.Equal(50ul, result.Completed.Usage.Suspensions);
    }

    [Fact]
    public async Task TenCallsOfAHundredMillisecondsTakeAboutAHundredMilliseconds()
    {
        using var session = Host.Open();
        await session.ConfigureAsync("fetch");
        // Warm the engine and the stream so the measurement is the concurrency, not JIT.
        await session.RunAsync(GatherCode(2), call => call.Args[0]);
        var writeLock = new SemaphoreSlim(1, 1);
        var clock = Stopwatch.StartNew();
        await session.FeedAsync(GatherCode(10));
        var answers = new List<Task>();
        SessionResponse response;
        while ((response = await session.ReadRequiredAsync()).KindCase == SessionResponse.KindOneofCase.CallRequest)
        {
            var call = response.CallRequest;
            // The client runs every call concurrently and answers each as it finishes.
            answers.Add(Task.Run(async () =>
            {
                await Task.Delay(100);
                await writeLock.WaitAsync();
                try
                {
                    await session.AnswerAsync(call.CallId, Wire.Int(call.Args[0].IntValue));
                }
                finally
                {
                    writeLock.Release();
                }
            }));
        }
        clock.Stop();
        await Task.WhenAll(answers);
        Assert.Equal(SessionResponse.KindOneofCase.Completed, response.KindCase);
        Assert.Equal(10, answers.Count);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i), response.Completed.Value.ListValue.Items.Select(v => v.IntValue));
        Console.WriteLine($"gather over 10 host calls of 100 ms each: {clock.ElapsedMilliseconds} ms wall");
        Assert.InRange(clock.ElapsedMilliseconds, 100, 600);
    }

    [Fact]
    public async Task AResultNamingAnUnknownCallFailsTheSession()
    {
        using var session = Host.Open();
        await session.ConfigureAsync("fetch");
        await session.FeedAsync(GatherCode(3));
        var calls = await ReadCallsAsync(session, 3);
        await session.AnswerAsync(calls.Max(c => c.CallId) + 100, Wire.Int(1));
        var detail = await session.ExpectStatusAsync(StatusCode.InvalidArgument);
        Assert.Contains($"call_id {calls.Max(c => c.CallId) + 100} was never issued", detail);
    }

    [Fact]
    public async Task AnsweringTheSameCallTwiceFailsTheSession()
    {
        using var session = Host.Open();
        await session.ConfigureAsync("fetch");
        await session.FeedAsync(GatherCode(3));
        var calls = await ReadCallsAsync(session, 3);
        await session.AnswerAsync(calls[1].CallId, Wire.Int(1));
        await session.AnswerAsync(calls[1].CallId, Wire.Int(1));
        var detail = await session.ExpectStatusAsync(StatusCode.FailedPrecondition);
        Assert.Contains($"call {calls[1].CallId} was already answered", detail);
    }

    [Fact]
    public async Task HostErrorsReachTheAwaitingTaskOnly()
    {
        using var session = Host.Open();
        await session.ConfigureAsync("fetch");
        await session.FeedAsync("""
            import asyncio
            async def safe(i):
                try:
                    return await fetch(i)
                except LookupError as e:
                    return f'missing {i}'
            async def main():
                return await asyncio.gather(safe(0), safe(1), safe(2))
            asyncio.run(main())
            """);
        var calls = await ReadCallsAsync(session, 3);
        await session.AnswerAsync(calls[2].CallId, Wire.Int(20));
        await session.RaiseAsync(calls[1].CallId, "KeyError", "nope");
        await session.AnswerAsync(calls[0].CallId, Wire.Int(0));
        var result = await session.CollectAsync();
        Assert.Equal(["0", "missing 1", "20"], result.Value.ListValue.Items.Select(v => v.KindCase == Value.KindOneofCase.StrValue ? v.StrValue : v.IntValue.ToString()));
    }

    [Fact]
    public async Task LateAnswersToCallsTheScriptStoppedWaitingForAreIgnored()
    {
        using var session = Host.Open();
        await session.ConfigureAsync("fetch");
        await session.FeedAsync("""
            import asyncio
            async def main():
                fast, slow = fetch('fast'), fetch('slow')
                return await fast
            await main()
            """);
        var calls = await ReadCallsAsync(session, 2);
        await session.AnswerAsync(calls[0].CallId, Wire.Str("done"));
        var result = await session.CollectAsync();
        Assert.Equal("done", result.Value.StrValue);
        await session.AnswerAsync(calls[1].CallId, Wire.Str("late"));
        var next = await session.RunAsync("1 + 1");
        Assert.Equal(2, next.Value.IntValue);
    }
}
