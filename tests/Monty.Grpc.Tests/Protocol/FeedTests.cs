using Monty.Grpc.Tests.Infrastructure;
using Monty.Protocol.V1;

namespace Monty.Grpc.Tests.Protocol;

[Collection(SharedServer.Name)]
public sealed class FeedTests(ServerFixture fixture)
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task OneShotFeedCompletesWithValueAndUsage()
    {
        using var session = Host.Open();
        var configured = await session.ConfigureAsync();
        Assert.NotEmpty(configured.SessionId);
        var result = await session.RunAsync("1 + 2");
        Assert.Equal(3, result.Value.IntValue);
        Assert.Equal(1ul, result.Completed.FeedId);
        Assert.True(result.Completed.Usage.WallTimeUs > 0);
        // The engine counts instructions in batches, so a loop is needed to see them.
        var loop = await session.RunAsync("total = 0\nfor i in range(100000):\n    total += i\ntotal");
        Assert.True(loop.Completed.Usage.Instructions > 0);
        Assert.True(loop.Completed.Usage.ExecutionTimeUs > 0);
        await session.CompleteRequestsAsync();
        Assert.Equal(global::Grpc.Core.StatusCode.OK, (await session.ReadToEndAsync()).StatusCode);
    }

    [Fact]
    public async Task NamespacePersistsAcrossFeeds()
    {
        using var session = Host.Open();
        await session.ConfigureAsync();
        Assert.Equal(SessionResponse.KindOneofCase.Completed, (await session.RunAsync("x = 20\ndef double(n):\n    return n * 2")).Terminal.KindCase);
        var second = await session.RunAsync("double(x) + 2");
        Assert.Equal(42, second.Value.IntValue);
        Assert.Equal(2ul, second.Completed.FeedId);
    }

    [Fact]
    public async Task StatementFeedCompletesWithNone()
    {
        using var session = Host.Open();
        await session.ConfigureAsync();
        var result = await session.RunAsync("y = 1");
        Assert.Equal(Value.KindOneofCase.NoneValue, result.Value.KindCase);
    }

    [Fact]
    public async Task InputsBecomeGlobals()
    {
        using var session = Host.Open();
        await session.ConfigureAsync();
        var result = await session.RunAsync("f'{name}: {len(items)}'", inputs: new Dictionary<string, Value>
        {
            ["name"] = Wire.Str("cart"),
            ["items"] = Wire.List(Wire.Int(1), Wire.Int(2)),
        });
        Assert.Equal("cart: 2", result.Value.StrValue);
    }

    [Fact]
    public async Task OutputStreamsInOrderAroundHostCalls()
    {
        using var session = Host.Open();
        await session.ConfigureAsync("tool");
        var result = await session.RunAsync("print('before')\nx = tool()\nprint('after', x)\nx", _ => Wire.Int(7));
        var kinds = result.Messages.Select(m => m.KindCase switch
        {
            SessionResponse.KindOneofCase.Output => "out:" + m.Output.Text,
            var k => k.ToString(),
        });
        Assert.Equal(["out:before\n", "CallRequest", "out:after 7\n", "Completed"], kinds);
    }

    [Fact]
    public async Task ScriptErrorIsDataAndSessionStaysUsable()
    {
        using var session = Host.Open();
        await session.ConfigureAsync(new Configure { ScriptName = "agent.py" });
        var failed = (await session.RunAsync("def f():\n    return 1 / 0\nf()")).Failed;
        Assert.Equal("ZeroDivisionError", failed.ExceptionType);
        Assert.Equal("division by zero", failed.Message);
        Assert.Equal(FailureReason.ScriptError, failed.Reason);
        Assert.Equal(Limit.Unspecified, failed.Limit);
        Assert.Equal(["<module>", "f"], failed.Traceback.Select(f => f.FunctionName));
        Assert.All(failed.Traceback, f => Assert.Equal("agent.py", f.FileName));
        Assert.Equal(2u, failed.Traceback[1].Line);
        Assert.EndsWith("ZeroDivisionError: division by zero\n", failed.FormattedTraceback);
        Assert.Equal(5, (await session.RunAsync("2 + 3")).Value.IntValue);
    }

    [Fact]
    public async Task SyntaxErrorIsAFailedFeed()
    {
        using var session = Host.Open();
        await session.ConfigureAsync();
        var failed = (await session.RunAsync("def (:")).Failed;
        Assert.Equal("SyntaxError", failed.ExceptionType);
        Assert.Equal(FailureReason.ScriptError, failed.Reason);
        Assert.Equal(1, (await session.RunAsync("1")).Value.IntValue);
    }

    [Fact]
    public async Task HalfCloseAfterFeedDeliversTerminalThenEndsOk()
    {
        using var session = Host.Open();
        await session.SendAsync(new SessionRequest { Configure = new Configure() });
        await session.FeedAsync("sum(range(1000))");
        await session.CompleteRequestsAsync();
        var messages = new List<SessionResponse>();
        while (await session.ReadAsync() is { } m) messages.Add(m);
        Assert.Equal(499500, messages.Single(m => m.Completed is not null).Completed.Value.IntValue);
    }
}
