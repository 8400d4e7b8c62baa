using Xunit;

namespace Monty.Engine.Tests.Hosting;

/// <summary>Host functions awaited from async code: all calls of a gather come out together, the
/// host answers any subset in any order, and exactly the waiting tasks wake.</summary>
public sealed class AsyncHostCallTests
{
    private const string GatherThree = """
        import asyncio
        async def main():
            return await asyncio.gather(fetch(1), fetch(2), fetch(3))
        asyncio.run(main())
        """;

    private static MontyExecution Start(string code, HostCallTests.StringOutput? output = null) =>
        MontyProgram.Compile(code, "main.py", hostFunctions: ["fetch", "slow"]).Start(limits: ResourceLimits.SafeDefaults, output: output);

    private static MontyInt Int(long v) => new(v);

    private static MontyValue Doubled(HostCall call) => HostCallTests.Answer(call);

    [Fact]
    public void GatherPutsEveryCallOnTheStreamAtOnce()
    {
        var run = Start(GatherThree);
        Assert.True(run.Status == ExecutionStatus.CallPending, run.Error?.FormattedTraceback);
        Assert.Equal([1L, 2L, 3L], run.PendingCalls.Select(c => (long)((MontyInt)c.Args[0]).Value));
        Assert.Equal(3, run.PendingCalls.Select(c => c.CallId).Distinct().Count());
        Assert.Equal(3, run.Usage.Suspensions);
    }

    [Fact]
    public void AnswersInReverseOrder()
    {
        var run = Start(GatherThree);
        foreach (var call in run.PendingCalls.Reverse().ToList())
        {
            Assert.Equal(ExecutionStatus.CallPending, run.Status);
            run = run.Resume(call.CallId, Doubled(call));
        }
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        Assert.Equal(new MontyList([Int(2), Int(4), Int(6)]), run.Result);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(42)]
    public void AnswersInRandomOrderAcrossRounds(int seed)
    {
        // Each task awaits two calls in a row, so answers interleave with newly pending calls.
        const string code = """
            import asyncio
            async def work(i):
                a = await fetch(i)
                b = await fetch(a + 100)
                return (i, b)
            async def main():
                return await asyncio.gather(*[work(i) for i in range(8)])
            asyncio.run(main())
            """;
        var random = new Random(seed);
        var run = Start(code);
        var answered = 0;
        while (run.Status == ExecutionStatus.CallPending)
        {
            var pending = run.PendingCalls;
            var call = pending[random.Next(pending.Count)];
            run = run.Resume(call.CallId, Doubled(call));
            answered++;
        }
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        Assert.Equal(16, answered);
        var expected = Enumerable.Range(0, 8).Select(i => (MontyValue)new MontyTuple([Int(i), Int((i * 2 + 100) * 2)])).ToList();
        Assert.Equal(new MontyList(expected), run.Result);
    }

    [Fact]
    public void OnlyTheTaskWhoseCallCompletedWakes()
    {
        const string code = """
            import asyncio
            async def work(name, x):
                v = await fetch(x)
                print(name, v)
                return v
            async def main():
                return await asyncio.gather(work('a', 1), work('b', 2), work('c', 3))
            asyncio.run(main())
            """;
        var output = new HostCallTests.StringOutput();
        var run = Start(code, output);
        var calls = run.PendingCalls.ToList();
        run = run.Resume(calls[1].CallId, Int(20));
        Assert.Equal("b 20\n", output.Text);
        Assert.Equal([calls[0].CallId, calls[2].CallId], run.PendingCalls.Select(c => c.CallId));
        run = run.Resume(calls[2].CallId, Int(30));
        Assert.Equal("b 20\nc 30\n", output.Text);
        run = run.Resume(calls[0].CallId, Int(10));
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        Assert.Equal(new MontyList([Int(10), Int(20), Int(30)]), run.Result);
    }

    [Fact]
    public void HostErrorPropagatesIntoTheAwaitingTaskAndIsCatchable()
    {
        const string code = """
            import asyncio
            async def safe(x):
                try:
                    return await fetch(x)
                except KeyError as e:
                    return 'missing ' + str(e)
            async def main():
                return await asyncio.gather(safe(1), safe(2))
            asyncio.run(main())
            """;
        var run = Start(code);
        var calls = run.PendingCalls.ToList();
        run = run.ResumeWithException(calls[0].CallId, "KeyError", "one");
        run = run.Resume(calls[1].CallId, Int(4));
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        Assert.Equal(new MontyList([new MontyStr("missing 'one'"), Int(4)]), run.Result);
    }

    [Fact]
    public void UncaughtHostErrorFailsGatherWithATraceback()
    {
        const string code = "import asyncio\n\nasync def get(x):\n    return await fetch(x)\n\nasync def main():\n    return await asyncio.gather(get(1), get(2))\n\nasyncio.run(main())\n";
        var run = Start(code);
        var calls = run.PendingCalls.ToList();
        run = run.ResumeWithException(calls[1].CallId, "ValueError", "bad input");
        Assert.Equal(ExecutionStatus.Failed, run.Status);
        Assert.Equal("ValueError", run.Error!.TypeName);
        Assert.Equal("bad input", run.Error.Message);
        Assert.Equal([("<module>", 9), ("main", 7), ("get", 4)], run.Error.Traceback.Select(f => (f.FunctionName, f.Line)));
    }

    [Fact]
    public void AnswersArriveWhileASynchronousCallIsPending()
    {
        // A sync helper called from a task blocks the VM; async answers are recorded meanwhile.
        const string code = """
            import asyncio
            def helper():
                return slow(5)
            async def main():
                f = asyncio.ensure_future(fetch(1))
                s = helper()
                return s, await f
            asyncio.run(main())
            """;
        var run = Start(code);
        Assert.Equal(2, run.PendingCalls.Count);
        Assert.Equal("slow", run.PendingCall!.FunctionName);
        var fetchCall = run.PendingCalls.Single(c => c.FunctionName == "fetch");
        run = run.Resume(fetchCall.CallId, Int(2));
        Assert.Equal(ExecutionStatus.CallPending, run.Status);
        Assert.Equal("slow", Assert.Single(run.PendingCalls).FunctionName);
        run = run.Resume(run.PendingCall!.CallId, Int(50));
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        Assert.Equal(new MontyTuple([Int(50), Int(2)]), run.Result);
    }

    [Fact]
    public void TopLevelAwaitInAFeed()
    {
        var session = new MontySession(["fetch"]);
        var run = session.Feed("import asyncio\nresults = await asyncio.gather(fetch(1), fetch(2), fetch(3))\nresults");
        Assert.Equal(3, run.PendingCalls.Count);
        foreach (var call in run.PendingCalls.OrderBy(c => c.CallId % 2).ToList()) run = run.Resume(call.CallId, Doubled(call));
        Assert.Equal(new MontyList([Int(2), Int(4), Int(6)]), run.Result);
        run = session.Feed("sum(results) + fetch(10)");
        Assert.Equal(ExecutionStatus.CallPending, run.Status);
        Assert.Single(run.PendingCalls);
        run = run.Resume(Int(100));
        Assert.Equal(Int(112), run.Result);
    }

    [Fact]
    public void SynchronousHostCallsOutsideAsyncCodeAreUnchanged()
    {
        var (run, _, calls) = HostCallTests.RunWithFetch("import asyncio\nasync def main():\n    return 1\nx = asyncio.run(main())\nx + fetch(3)");
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        Assert.Single(calls);
        Assert.Equal(Int(7), run.Result);
    }

    [Fact]
    public void OldSingleCallLoopStillDrivesAsyncCode()
    {
        var (run, _, calls) = HostCallTests.RunWithFetch(GatherThree);
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        Assert.Equal(3, calls.Count);
        Assert.Equal(new MontyList([Int(2), Int(4), Int(6)]), run.Result);
    }

    [Fact]
    public void UnknownOrAnsweredCallIdIsRejected()
    {
        var run = Start(GatherThree);
        var first = run.PendingCalls[0];
        Assert.Throws<ArgumentException>(() => run.Resume(9999, Int(1)));
        run = run.Resume(first.CallId, Int(1));
        var error = Assert.Throws<ArgumentException>(() => run.Resume(first.CallId, Int(1)));
        Assert.Contains($"No pending host call has id {first.CallId}", error.Message);
    }

    [Fact]
    public void CallsNobodyAwaitsAnyMoreAreDroppedWhenTheRunEnds()
    {
        const string code = """
            import asyncio
            async def main():
                try:
                    return await asyncio.wait_for(fetch(1), timeout=0)
                except TimeoutError:
                    return 'timed out'
            asyncio.run(main())
            """;
        var run = Start(code);
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        Assert.Equal(new MontyStr("timed out"), run.Result);
        Assert.Empty(run.PendingCalls);
    }

    [Fact]
    public void VirtualSleepNeverBlocksAndLoopsHitTheTimeLimit()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var run = MontyProgram.Compile("import asyncio\nasync def main():\n    await asyncio.sleep(10**9)\n    return 'woke'\nasyncio.run(main())").Start();
        Assert.Equal(new MontyStr("woke"), run.Result);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5));
        var limits = ResourceLimits.SafeDefaults with { MaxDuration = TimeSpan.FromMilliseconds(300) };
        var loop = MontyProgram.Compile("import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(1)\nasyncio.run(main())").Start(limits: limits);
        Assert.Equal(ExecutionStatus.Failed, loop.Status);
        Assert.Equal("TimeoutError", loop.Error!.TypeName);
    }
}
