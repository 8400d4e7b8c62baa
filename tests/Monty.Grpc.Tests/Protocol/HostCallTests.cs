using Monty.Grpc.Tests.Infrastructure;
using Monty.Protocol.V1;

namespace Monty.Grpc.Tests.Protocol;

[Collection(SharedServer.Name)]
public sealed class HostCallTests(ServerFixture fixture)
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task CallCarriesArgsAndKwargsAndTheResultFlowsBack()
    {
        using var session = Host.Open();
        await session.ConfigureAsync("get_weather");
        CallRequest? seen = null;
        var result = await session.RunAsync("w = get_weather('Paris', days=3, metric=True)\nf\"{w['sky']} {w['temp']}\"", call =>
        {
            seen = call;
            return Wire.Dict((Wire.Str("sky"), Wire.Str("sunny")), (Wire.Str("temp"), Wire.Float(21.5)));
        });
        Assert.Equal("sunny 21.5", result.Value.StrValue);
        Assert.NotNull(seen);
        Assert.Equal("get_weather", seen.FunctionName);
        Assert.Equal("Paris", Assert.Single(seen.Args).StrValue);
        Assert.Equal(["days", "metric"], seen.Kwargs.Select(k => k.Name));
        Assert.Equal(3, seen.Kwargs[0].Value.IntValue);
        Assert.True(seen.Kwargs[1].Value.BoolValue);
        Assert.Equal(1ul, result.Completed.Usage.Suspensions);
    }

    [Fact]
    public async Task HostExceptionIsRaisedAtTheCallSite()
    {
        using var session = Host.Open();
        await session.ConfigureAsync("lookup");
        await session.FeedAsync("try:\n    lookup('k')\nexcept KeyError as e:\n    r = 'caught ' + str(e)\nr");
        var call = (await session.ReadRequiredAsync()).CallRequest;
        await session.RaiseAsync(call.CallId, "KeyError", "k");
        Assert.Equal("caught 'k'", (await session.CollectAsync()).Value.StrValue);
    }

    [Fact]
    public async Task UncaughtHostExceptionFailsTheFeedWithATraceback()
    {
        using var session = Host.Open();
        await session.ConfigureAsync("fetch");
        await session.FeedAsync("def go():\n    return fetch()\ngo()");
        var call = (await session.ReadRequiredAsync()).CallRequest;
        await session.RaiseAsync(call.CallId, "ValueError", "bad url");
        var failed = (await session.CollectAsync()).Failed;
        Assert.Equal("ValueError", failed.ExceptionType);
        Assert.Equal("bad url", failed.Message);
        Assert.Equal("go", failed.Traceback[^1].FunctionName);
        Assert.Equal(2u, failed.Traceback[^1].Line);
    }

    [Fact]
    public async Task UnknownExceptionTypeBecomesRuntimeError()
    {
        using var session = Host.Open();
        await session.ConfigureAsync("f");
        await session.FeedAsync("f()");
        var call = (await session.ReadRequiredAsync()).CallRequest;
        await session.RaiseAsync(call.CallId, "HttpError", "404");
        Assert.Equal("RuntimeError", (await session.CollectAsync()).Failed.ExceptionType);
    }

    [Fact]
    public async Task ManyCallsInOneFeedHaveUniqueIdsAcrossFeeds()
    {
        using var session = Host.Open();
        await session.ConfigureAsync("inc");
        var first = await session.RunAsync("total = 0\nfor i in range(500):\n    total += inc(i)\ntotal", call => Wire.Int(call.Args[0].IntValue + 1));
        Assert.Equal(Enumerable.Range(1, 500).Sum(), first.Value.IntValue);
        Assert.Equal(500ul, first.Completed.Usage.Suspensions);
        var second = await session.RunAsync("inc(1) + inc(2)", call => Wire.Int(call.Args[0].IntValue + 1));
        var ids = first.Calls.Concat(second.Calls).Select(c => c.CallId).ToList();
        Assert.Equal(502, ids.Distinct().Count());
        Assert.Equal(ids.Order(), ids);
    }

    [Fact]
    public async Task HostFunctionsAreCallableFromNestedCode()
    {
        using var session = Host.Open();
        await session.ConfigureAsync("score");
        var result = await session.RunAsync("sorted(['bb', 'a', 'ccc'], key=lambda s: score(s))", call => Wire.Int(call.Args[0].StrValue.Length));
        Assert.Equal(["a", "bb", "ccc"], result.Value.ListValue.Items.Select(v => v.StrValue));
    }
}
