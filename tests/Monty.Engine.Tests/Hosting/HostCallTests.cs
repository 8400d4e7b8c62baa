using Xunit;

namespace Monty.Engine.Tests.Hosting;

/// <summary>Host calls suspend the engine anywhere Python code runs, and resume with a value
/// or with an exception raised at the call site.</summary>
public sealed class HostCallTests
{
    /// <summary>Runs code whose host function "fetch" doubles ints and upper-cases strings;
    /// returns the result, the printed output and the calls seen.</summary>
    internal static (MontyExecution Run, string Output, List<HostCall> Calls) RunWithFetch(string code, string[]? hostFunctions = null)
    {
        var output = new StringOutput();
        var program = MontyProgram.Compile(code, "main.py", hostFunctions: hostFunctions ?? ["fetch"]);
        var run = program.Start(limits: ResourceLimits.SafeDefaults, output: output);
        var calls = new List<HostCall>();
        while (run.Status == ExecutionStatus.CallPending)
        {
            var call = run.PendingCall!;
            calls.Add(call);
            run = run.Resume(Answer(call));
        }
        return (run, output.Text, calls);
    }

    internal static MontyValue Answer(HostCall call) => call.Args.Count == 0 ? MontyValue.None : call.Args[0] switch
    {
        MontyInt i => new MontyInt(i.Value * 2),
        MontyStr s => new MontyStr(s.Value.ToUpperInvariant()),
        var other => other,
    };

    [Theory]
    [InlineData("def f(x):\n    def g(y):\n        return fetch(y) + 1\n    return g(x)\nf(5)", 11)]
    [InlineData("def gen():\n    for i in range(3):\n        yield fetch(i)\nsum(gen())", 6)]
    [InlineData("sum([fetch(i) for i in range(4)])", 12)]
    [InlineData("sum({i: fetch(i) for i in range(4)}.values())", 12)]
    [InlineData("sum(fetch(i) for i in range(5))", 20)]
    [InlineData("sorted([3, 1, 2], key=lambda v: fetch(-v))[0]", 3)]
    [InlineData("sum(map(fetch, [1, 2, 3]))", 12)]
    [InlineData("len(list(filter(lambda v: fetch(v) > 2, [1, 2, 3])))", 2)]
    [InlineData("def f():\n    try:\n        return 1\n    finally:\n        global got\n        got = fetch(21)\nf() + got", 43)]
    [InlineData("total = 0\nfor i in range(100):\n    total += fetch(i)\ntotal", 9900)]
    [InlineData("max([1, 5, 3], key=lambda v: fetch(v))", 5)]
    [InlineData("any(fetch(v) > 3 for v in [1, 2, 3])", true)]
    public void CallsSuspendAnywhere(string code, object expected)
    {
        var (run, _, calls) = RunWithFetch(code);
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        Assert.True(calls.Count > 0);
        MontyValue want = expected is bool b ? MontyValue.From(b) : new MontyInt((int)expected);
        Assert.Equal(want, run.Result);
    }

    [Fact]
    public void CallCarriesNameArgsAndKwargs()
    {
        var program = MontyProgram.Compile("r = get_weather('Paris', units='C', days=3)\nr", hostFunctions: ["get_weather"]);
        var run = program.Start();
        Assert.Equal(ExecutionStatus.CallPending, run.Status);
        var call = run.PendingCall!;
        Assert.Equal("get_weather", call.FunctionName);
        Assert.Equal([new MontyStr("Paris")], call.Args);
        Assert.Equal([new KeyValuePair<string, MontyValue>("units", new MontyStr("C")), new("days", new MontyInt(3))], call.Kwargs);
        run.Resume(new MontyDict([new(new MontyStr("temp"), new MontyFloat(21.5))]));
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        Assert.Equal(new MontyDict([new(new MontyStr("temp"), new MontyFloat(21.5))]), run.Result);
    }

    [Fact]
    public void CallIdsIncrease()
    {
        var (_, _, calls) = RunWithFetch("[fetch(1), fetch(2), fetch(3)]");
        Assert.Equal([1L, 2L, 3L], calls.Select(c => c.CallId));
    }

    [Fact]
    public void HostExceptionIsRaisedAtTheCallSiteAndCatchable()
    {
        var program = MontyProgram.Compile(
            "try:\n    fetch(1)\nexcept ValueError as e:\n    msg = 'caught ' + str(e)\nmsg", hostFunctions: ["fetch"]);
        var run = program.Start();
        run.ResumeWithException("ValueError", "boom");
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        Assert.Equal(new MontyStr("caught boom"), run.Result);
    }

    [Fact]
    public void UncaughtHostExceptionFailsWithTracebackAtTheCall()
    {
        var program = MontyProgram.Compile("def tool():\n    return fetch(1)\n\ntool()", "agent.py", hostFunctions: ["fetch"]);
        var run = program.Start();
        run.ResumeWithException("KeyError", "missing");
        Assert.Equal(ExecutionStatus.Failed, run.Status);
        Assert.Equal("KeyError", run.Error!.TypeName);
        Assert.Equal([4, 2], run.Error.Traceback.Select(f => f.Line));
        Assert.Equal("tool", run.Error.Traceback[^1].FunctionName);
        Assert.Equal("    return fetch(1)", run.Error.Traceback[^1].SourceLine);
        Assert.Contains("File \"agent.py\", line 2, in tool", run.Error.FormattedTraceback);
    }

    [Fact]
    public void UnknownExceptionTypeBecomesRuntimeError()
    {
        var run = MontyProgram.Compile("fetch()", hostFunctions: ["fetch"]).Start();
        run.ResumeWithException("HttpRequestException", "down");
        Assert.Equal("RuntimeError", run.Error!.TypeName);
        Assert.Equal("down", run.Error.Message);
    }

    [Fact]
    public void OutputBeforeTheCallIsDeliveredBeforeSuspending()
    {
        var output = new StringOutput();
        var run = MontyProgram.Compile("print('before')\nfetch()\nprint('after')", hostFunctions: ["fetch"]).Start(output: output);
        Assert.Equal("before\n", output.Text);
        run.Resume(MontyValue.None);
        Assert.Equal("before\nafter\n", output.Text);
    }

    [Fact]
    public void SessionKeepsNamespaceAcrossFeeds()
    {
        var session = new MontySession(["fetch"]);
        Assert.Equal(ExecutionStatus.Completed, session.Feed("def f(x):\n    return x * 10\ncount = 1").Status);
        var run = session.Feed("count += fetch(2)\nf(count)");
        run.Resume(new MontyInt(4));
        Assert.Equal(new MontyInt(50), run.Result);
        var syntax = session.Feed("def (:");
        Assert.Equal(ExecutionStatus.Failed, syntax.Status);
        Assert.Equal("SyntaxError", syntax.Error!.TypeName);
        Assert.Equal(new MontyInt(5), session.Feed("count").Result);
    }

    [Fact]
    public void InputsBecomeGlobals()
    {
        var program = MontyProgram.Compile("sum(xs) * factor", inputNames: ["xs", "factor"]);
        var run = program.Start(new Dictionary<string, MontyValue>
        {
            ["xs"] = new MontyList([new MontyInt(1), new MontyInt(2)]),
            ["factor"] = new MontyInt(7),
        });
        Assert.Equal(new MontyInt(21), run.Result);
        Assert.Throws<ArgumentException>(() => program.Start());
    }

    [Fact]
    public void ResumingACompletedExecutionIsAnError()
    {
        var run = MontyProgram.Compile("1 + 2").Start();
        Assert.Equal(new MontyInt(3), run.Result);
        Assert.Throws<InvalidOperationException>(() => run.Resume(MontyValue.None));
    }

    internal sealed class StringOutput : IMontyOutput
    {
        private readonly System.Text.StringBuilder _sb = new();

        public string Text => _sb.ToString();

        public void Write(OutputStream stream, string text) => _sb.Append(text);
    }
}
