using Grpc.Core;
using Monty.Client.Tests.Infrastructure;
using Monty.Protocol.V1;

namespace Monty.Client.Tests.Sessions;

[Collection(SharedServer.Name)]
public sealed class SessionTests(InProcessServer server)
{
    [Fact]
    public async Task GlobalsPersistAcrossRunsAndInputsAreSet()
    {
        await using var session = await server.Client.OpenSessionAsync(new() { Limits = new() { MaxRecursionDepth = 200 } });
        await session.RunAsync("total = 40");
        Assert.Equal(42L, (await session.RunAsync("total + extra", new { extra = 2 })).Value);
        Assert.Equal(2ul, (await session.RunAsync("None")).FeedId - 1);
        Assert.Equal(200u, session.Limits.MaxRecursionDepth);
        Assert.False(string.IsNullOrEmpty(session.SessionId));
    }

    [Fact]
    public async Task OutputReachesTheCallbackInOrder()
    {
        var printed = new List<(OutputStream, string)>();
        await using var session = await server.Client.OpenSessionAsync(new() { Output = (stream, text) => printed.Add((stream, text)) });
        await session.RunAsync("print('a')\nprint('b', 2)\nprint('c', end='')");
        Assert.Equal([(OutputStream.Stdout, "a\n"), (OutputStream.Stdout, "b 2\n"), (OutputStream.Stdout, "c")], printed);
    }

    [Fact]
    public async Task StreamYieldsOutputCallsAndCompletion()
    {
        var functions = new HostFunctions { ["double"] = (int n) => n * 2 };
        await using var session = await server.Client.OpenSessionAsync(new() { Functions = functions });
        var events = new List<MontyEvent>();
        await foreach (var e in session.StreamAsync("print('start')\nx = double(n=4)\nprint(x)\nx + 1")) events.Add(e);
        Assert.Equal(new MontyOutputEvent(OutputStream.Stdout, "start\n"), events[0]);
        var call = Assert.IsType<MontyCallEvent>(events[1]);
        Assert.Equal(("double", 4L), (call.FunctionName, call.Kwargs["n"]));
        Assert.Equal(new MontyOutputEvent(OutputStream.Stdout, "8\n"), events[2]);
        Assert.Equal(9L, Assert.IsType<MontyCompletedEvent>(events[3]).Result.Value);
    }

    [Fact]
    public async Task ScriptFailuresAreTypedAndTheSessionStaysUsable()
    {
        await using var session = await server.Client.OpenSessionAsync(new() { ScriptName = "calc.py" });
        var error = await Assert.ThrowsAsync<MontyScriptException>(() => session.RunAsync("x = 1\n1 / 0"));
        Assert.Equal(("ZeroDivisionError", "division by zero", FailureReason.ScriptError), (error.PythonType, error.PythonMessage, error.Reason));
        Assert.Equal(2, error.Traceback.Single().Line);
        Assert.Equal("1 / 0", error.Traceback.Single().SourceLine?.Trim());
        Assert.Contains("File \"calc.py\", line 2", error.FormattedTraceback);
        Assert.Equal(1L, (await session.RunAsync("x")).Value);
        var syntax = await Assert.ThrowsAsync<MontyScriptException>(() => session.RunAsync("def ("));
        Assert.Equal("SyntaxError", syntax.PythonType);
    }

    [Fact]
    public async Task LimitsAreReportedOnTheException()
    {
        await using var session = await server.Client.OpenSessionAsync(new() { Limits = new() { MaxDuration = TimeSpan.FromMilliseconds(200) } });
        var error = await Assert.ThrowsAsync<MontyScriptException>(() => session.RunAsync("while True:\n    pass"));
        Assert.Equal((Limit.Time, FailureReason.LimitExceeded), (error.Limit, error.Reason));
    }

    [Fact]
    public async Task CancellationStopsTheFeedOnTheServerAndReachesHostFunctions()
    {
        var entered = new TaskCompletionSource();
        var hostSawCancel = new TaskCompletionSource();
        var functions = new HostFunctions
        {
            ["wait_forever"] = async (CancellationToken token) =>
            {
                entered.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, token);
                }
                finally
                {
                    hostSawCancel.TrySetResult();
                }
            },
        };
        await using var session = await server.Client.OpenSessionAsync(new() { Functions = functions });
        using var cts = new CancellationTokenSource();
        var run = session.RunAsync("wait_forever()", cancellationToken: cts.Token);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cts.CancelAsync();
        var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal("KeyboardInterrupt", Assert.IsType<MontyScriptException>(cancelled.InnerException).PythonType);
        await hostSawCancel.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3L, (await session.RunAsync("1 + 2")).Value);
    }

    [Fact]
    public async Task TheSessionDeadlineEndsTheCallOnTheServer()
    {
        var functions = new HostFunctions { ["slow"] = async () => await Task.Delay(TimeSpan.FromSeconds(30)) };
        await using var session = await server.Client.OpenSessionAsync(new() { Functions = functions, Deadline = DateTime.UtcNow.AddMilliseconds(500) });
        var started = System.Diagnostics.Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<RpcException>(() => session.RunAsync("slow()"));
        // The in-process transport sometimes reports the torn-down stream (Unavailable) before the
        // client's own deadline timer fires; either way the call must end at the deadline, not after 30 s.
        Assert.Contains(error.StatusCode, new[] { StatusCode.DeadlineExceeded, StatusCode.Unavailable });
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"the call outlived its deadline: {started.Elapsed}");
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.RunAsync("1"));
    }

    [Fact]
    public async Task DumpAndLoadMoveANamespaceToAnotherSession()
    {
        MontySnapshot snapshot;
        await using (var first = await server.Client.OpenSessionAsync())
        {
            await first.RunAsync("items = [1, 2]\ndef total():\n    return sum(items)");
            snapshot = await first.DumpAsync();
        }
        Assert.False(snapshot.FeedSuspended);
        await using var second = await server.Client.OpenSessionAsync();
        var loaded = await second.LoadAsync(snapshot);
        Assert.False(loaded.FeedSuspended);
        Assert.Equal(3L, (await second.RunAsync("total()")).Value);
    }

    [Fact]
    public async Task ASnapshotTakenDuringAHostCallResumesTheFeedElsewhere()
    {
        MontySession? first = null;
        var taken = new TaskCompletionSource<MontySnapshot>();
        var dumping = new HostFunctions
        {
            ["lookup"] = async (string key) =>
            {
                taken.SetResult(await first!.DumpAsync());
                return key.Length;
            },
        };
        first = await server.Client.OpenSessionAsync(new() { Functions = dumping });
        await using (first)
        {
            Assert.Equal(15L, (await first.RunAsync("base = 10\nbase + lookup('hello')")).Value);
        }
        var snapshot = await taken.Task;
        Assert.True(snapshot.FeedSuspended);

        var answering = new HostFunctions { ["lookup"] = (string key) => 100 };
        await using var second = await server.Client.OpenSessionAsync(new() { Functions = answering });
        var loaded = await second.LoadAsync(snapshot);
        Assert.True(loaded.FeedSuspended);
        Assert.Equal(["lookup"], loaded.HostFunctions);
        Assert.Equal(110L, (await second.ResumeAsync()).Value);
    }

    [Fact]
    public async Task LeavingAStreamEarlyCancelsItsFeedAndTheSessionGoesOn()
    {
        var functions = new HostFunctions { ["step"] = (int i) => i };
        await using var session = await server.Client.OpenSessionAsync(new() { Functions = functions });
        await foreach (var e in session.StreamAsync("for i in range(1000):\n    step(i)"))
        {
            if (e is MontyCallEvent) break;
        }
        Assert.Equal(7L, (await session.RunAsync("7")).Value);
    }

    [Fact]
    public async Task TheLowLevelStreamCanBeDrivenMessageByMessage()
    {
        await using var stream = server.Client.OpenStream();
        var configure = new Configure();
        configure.HostFunctions.Add("ask");
        await stream.ConfigureAsync(configure);
        Assert.NotNull((await stream.ReadAsync())!.Configured);
        await stream.FeedAsync("ask('q') * 2", new Dictionary<string, object?> { ["unused"] = 1 });
        var call = (await stream.ReadAsync())!.CallRequest;
        Assert.Equal("ask", call.FunctionName);
        await stream.AnswerAsync(call.CallId, 21);
        Assert.Equal(42, (await stream.ReadAsync())!.Completed.Value.IntValue);
        await stream.CompleteAsync();
        Assert.Null(await stream.ReadAsync());
    }
}
