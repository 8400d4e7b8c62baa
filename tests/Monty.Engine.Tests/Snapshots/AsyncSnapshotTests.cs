namespace Monty.Engine.Tests.Snapshots;

/// <summary>Executions suspended inside the event loop, with several host calls outstanding,
/// tasks sleeping in virtual time and async generators mid-iteration, dump and resume.</summary>
public class AsyncSnapshotTests
{
    private static readonly string[] Fetch = ["fetch"];

    private static MontyValue? Double(HostCall call) => call.Args[0] switch
    {
        MontyInt i => MontyValue.From(i.Value * 2),
        var other => other,
    };

    [Fact]
    public void DumpWhileSeveralCallsArePendingThenAnswerInReverseAfterLoad()
    {
        const string code = """
            import asyncio
            async def work(i):
                v = await fetch(i)
                print('got', i, v)
                return v + 1
            async def main():
                return await asyncio.gather(work(1), work(2), work(3))
            asyncio.run(main())
            """;
        var output = new CapturedOutput();
        var run = MontyProgram.Compile(code, hostFunctions: Fetch).Start(output: output);
        Assert.Equal(3, run.PendingCalls.Count);
        var ids = run.PendingCalls.Select(c => c.CallId).ToList();
        foreach (var id in Enumerable.Reverse(ids))
        {
            var restored = MontyExecution.Load(run.Dump(), output);
            Assert.Equal(run.PendingCalls.Select(c => c.CallId), restored.PendingCalls.Select(c => c.CallId));
            var call = restored.PendingCalls.Single(c => c.CallId == id);
            run = restored.Resume(id, Double(call)!);
        }
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        Assert.Equal(new MontyList([MontyValue.From(3), MontyValue.From(5), MontyValue.From(7)]), run.Result);
        Assert.Equal("got 3 6\ngot 2 4\ngot 1 2\n", output.Text);
    }

    [Fact]
    public void TasksTimersAndAsyncGeneratorsSurviveEveryStop()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            import asyncio
            async def ticker(n):
                for i in range(n):
                    await asyncio.sleep(0.5)
                    yield await fetch(i)
            async def background(log):
                await asyncio.sleep(1)
                log.append('background')
                return await fetch(100)
            async def main():
                log = []
                task = asyncio.create_task(background(log))
                values = [v async for v in ticker(3)]
                try:
                    await asyncio.wait_for(asyncio.sleep(5), timeout=0.25)
                except TimeoutError:
                    log.append('timeout')
                return values, await task, log
            print(asyncio.run(main()))
            """, Fetch, Double);
        Assert.Equal(ExecutionStatus.Completed, outcome.Status);
        Assert.Equal("([0, 2, 4], 200, ['background', 'timeout'])\n", outcome.Output);
    }

    [Fact]
    public void TopLevelAwaitSurvivesAStop()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            import asyncio
            results = await asyncio.gather(fetch(1), fetch(2))
            results + [await fetch(5)]
            """, Fetch, Double);
        Assert.Equal(new MontyList([MontyValue.From(2), MontyValue.From(4), MontyValue.From(10)]), outcome.Result);
    }
}
