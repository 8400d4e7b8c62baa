using System.Diagnostics;
using Xunit.Abstractions;

namespace Monty.Engine.Tests.Snapshots;

/// <summary>Reports snapshot size and dump/load cost for small scripts (see the test output), with
/// loose bounds so a regression that bloats snapshots is noticed.</summary>
public class SnapshotSizeTests(ITestOutputHelper log)
{
    private const string SmallScript = """
        def score(item):
            return fetch(item) * 2
        results = [score(i) for i in range(3)]
        print(results)
        """;

    private const string PreludeScript = """
        words = ['pear', 'fig', 'apple', 'kiwi']
        ordered = sorted(words, key=lambda w: fetch(w))
        ordered
        """;

    [Fact]
    public void SmallScriptSnapshotSizeAndTiming()
    {
        var (size, dump, load) = Measure(SmallScript);
        log.WriteLine($"small script: {size} bytes, dump {dump:0.0} us, load {load:0.0} us (mean of 200)");
        Assert.True(size < 4096, $"snapshot of a small script is {size} bytes");
    }

    [Fact]
    public void PreludeSuspensionSnapshotSizeAndTiming()
    {
        var (size, dump, load) = Measure(PreludeScript);
        log.WriteLine($"sorted(key=host) inside the prelude: {size} bytes, dump {dump:0.0} us, load {load:0.0} us (mean of 200)");
        Assert.True(size < 4096, $"snapshot is {size} bytes");
    }

    [Fact]
    public void SessionSnapshotSize()
    {
        var session = new MontySession();
        session.Feed("data = {str(i): list(range(i)) for i in range(100)}\ndef f(x):\n    return x + 1");
        var bytes = session.Dump();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 50; i++) MontySession.Load(bytes);
        log.WriteLine($"session with a 100-entry dict of lists (4,950 items): {bytes.Length} bytes, load {watch.Elapsed.TotalMicroseconds / 50:0} us");
        Assert.True(bytes.Length < 32 * 1024);
    }

    private static (int Size, double DumpMicros, double LoadMicros) Measure(string script)
    {
        var execution = MontyProgram.Compile(script, hostFunctions: ["fetch"]).Start();
        Assert.Equal(ExecutionStatus.CallPending, execution.Status);
        var bytes = execution.Dump();
        MontyExecution.Load(bytes); // warm up (JIT, prelude compilation)
        const int rounds = 200;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++) bytes = execution.Dump();
        var dump = watch.Elapsed.TotalMicroseconds / rounds;
        watch.Restart();
        for (var i = 0; i < rounds; i++) MontyExecution.Load(bytes);
        var load = watch.Elapsed.TotalMicroseconds / rounds;
        return (bytes.Length, dump, load);
    }
}
