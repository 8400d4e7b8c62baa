using System.Diagnostics;
using Xunit;

namespace Monty.Engine.Tests.Limits;

/// <summary>Hostile scripts end in the right Python exception, quickly, and the process survives.</summary>
public sealed class LimitTests
{
    private static MontyExecution Run(string code, ResourceLimits? limits = null) =>
        new MontySession(limits: limits ?? ResourceLimits.SafeDefaults).Feed(code);

    private static void AssertFails(MontyExecution run, string type, string? limitKind = null)
    {
        Assert.Equal(ExecutionStatus.Failed, run.Status);
        Assert.Equal(type, run.Error!.TypeName);
        if (limitKind is not null) Assert.Equal(limitKind, run.Error.LimitKind);
    }

    [Fact]
    public void InfiniteLoopTimesOut()
    {
        var watch = Stopwatch.StartNew();
        var run = Run("while True:\n    pass", ResourceLimits.SafeDefaults with { MaxDuration = TimeSpan.FromMilliseconds(200) });
        AssertFails(run, "TimeoutError", "time");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
    }

    [Fact]
    public void TimeoutCannotBeCaught()
    {
        var code = "n = 0\nwhile True:\n    try:\n        while True:\n            n += 1\n    except BaseException:\n        pass";
        var run = Run(code, ResourceLimits.SafeDefaults with { MaxDuration = TimeSpan.FromMilliseconds(200) });
        AssertFails(run, "TimeoutError", "time");
    }

    [Fact]
    public void MemoryBombIsStopped()
    {
        var run = Run("x = []\nwhile True:\n    x.append('a' * 100000)",
            ResourceLimits.SafeDefaults with { MaxMemory = 50_000_000 });
        AssertFails(run, "MemoryError", "memory");
    }

    [Fact]
    public void GarbageDoesNotCountAgainstMemory()
    {
        var run = Run("for i in range(2000):\n    s = 'a' * 100000\nlen(s)", ResourceLimits.SafeDefaults with { MaxMemory = 10_000_000 });
        Assert.Equal(ExecutionStatus.Completed, run.Status);
    }

    [Theory]
    [InlineData("'x' * 10**10")]
    [InlineData("2 ** 10**9")]
    [InlineData("1 << 10**10")]
    [InlineData("[0] * 10**10")]
    [InlineData("'ab'.ljust(10**10)")]
    public void HugeResultsAreRefusedBeforeAllocating(string code)
    {
        var watch = Stopwatch.StartNew();
        var run = Run(code);
        AssertFails(run, "MemoryError");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), watch.Elapsed.ToString());
    }

    [Fact]
    public void DeepRecursionRaisesCatchableRecursionError()
    {
        var run = Run("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    r = str(e)\nr");
        Assert.Equal(new MontyStr("maximum recursion depth exceeded"), run.Result);
    }

    [Fact]
    public void RecursionLimitIsConfigurable()
    {
        var code = "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nf(150)";
        AssertFails(Run(code, ResourceLimits.SafeDefaults with { MaxRecursionDepth = 100 }), "RecursionError");
        Assert.Equal(new MontyInt(150), Run(code).Result);
    }

    [Fact]
    public void TenThousandNestedParenthesesIsASyntaxError()
    {
        var code = new string('(', 10000) + "1" + new string(')', 10000);
        AssertFails(Run(code), "SyntaxError");
    }

    [Fact]
    public void LongFlatExpressionChainDoesNotOverflowTheStack()
    {
        var code = string.Join("+", Enumerable.Repeat("1", 100_000));
        AssertFails(Run(code), "SyntaxError");
    }

    [Fact]
    public void DeeplyNestedListReprRaisesRecursionError()
    {
        var run = Run("x = []\nfor i in range(50000):\n    x = [x]\ntry:\n    repr(x)\nexcept RecursionError:\n    r = 'recursion'\nr");
        Assert.Equal(new MontyStr("recursion"), run.Result);
    }

    [Fact]
    public void DeeplyNestedEqualityAndHashRaiseRecursionError()
    {
        var run = Run("a = []\nb = []\nfor i in range(50000):\n    a = [a]\n    b = [b]\ntry:\n    a == b\nexcept RecursionError:\n    r = 'eq'\nt = ()\nfor i in range(50000):\n    t = (t,)\ntry:\n    hash(t)\nexcept RecursionError:\n    r += ' hash'\nr");
        Assert.Equal(new MontyStr("eq hash"), run.Result);
    }

    [Fact]
    public void OutputIsBounded()
    {
        var run = Run("while True:\n    print('x' * 1000)", ResourceLimits.SafeDefaults with { MaxOutputBytes = 100_000 });
        AssertFails(run, "MemoryError", "output");
    }

    [Fact]
    public void SuspensionsAreBounded()
    {
        var session = new MontySession(["fetch"], ResourceLimits.SafeDefaults with { MaxSuspensions = 3 });
        var run = session.Feed("while True:\n    fetch()");
        while (run.Status == ExecutionStatus.CallPending) run.Resume(MontyValue.None);
        AssertFails(run, "RuntimeError", "suspensions");
    }

    [Fact]
    public void TimeWaitingForTheHostDoesNotCount()
    {
        var session = new MontySession(["fetch"], ResourceLimits.SafeDefaults with { MaxDuration = TimeSpan.FromMilliseconds(300) });
        var run = session.Feed("fetch()\n1");
        Thread.Sleep(500);
        run.Resume(MontyValue.None);
        Assert.Equal(ExecutionStatus.Completed, run.Status);
    }

    [Fact]
    public async Task CancelStopsARunningFeedFromAnotherThread()
    {
        var session = new MontySession(["fetch"], ResourceLimits.SafeDefaults with { MaxDuration = TimeSpan.FromSeconds(30) });
        var first = session.Feed("fetch()\nwhile True:\n    pass");
        var task = Task.Run(() => first.Resume(MontyValue.None));
        await Task.Delay(200);
        first.Cancel();
        await task.WaitAsync(TimeSpan.FromSeconds(10));
        AssertFails(first, "KeyboardInterrupt", "cancelled");
    }
}
