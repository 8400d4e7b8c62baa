using Google.Protobuf;
using Grpc.Core;
using Monty.Grpc.Tests.Infrastructure;
using Monty.Protocol.V1;

namespace Monty.Grpc.Tests.Protocol;

/// <summary>Protocol misuse ends the stream with a precise status; the server stays healthy.</summary>
[Collection(SharedServer.Name)]
public sealed class MisuseTests(ServerFixture fixture)
{
    private TestHost Host => fixture.Host;

    private async Task AssertServerHealthyAsync()
    {
        using var session = Host.Open();
        await session.ConfigureAsync();
        Assert.Equal(2, (await session.RunAsync("1 + 1")).Value.IntValue);
    }

    [Fact]
    public async Task FeedBeforeConfigure()
    {
        using var session = Host.Open();
        await session.FeedAsync("1");
        var detail = await session.ExpectStatusAsync(StatusCode.FailedPrecondition);
        Assert.Equal("the first message must be configure (got feed)", detail);
        await AssertServerHealthyAsync();
    }

    [Fact]
    public async Task ConfigureTwice()
    {
        using var session = Host.Open();
        await session.ConfigureAsync();
        await session.SendAsync(new SessionRequest { Configure = new Configure() });
        Assert.Contains("already configured", await session.ExpectStatusAsync(StatusCode.FailedPrecondition));
    }

    [Fact]
    public async Task EmptyRequest()
    {
        using var session = Host.Open();
        await session.SendAsync(new SessionRequest());
        Assert.StartsWith("empty request", await session.ExpectStatusAsync(StatusCode.InvalidArgument));
    }

    [Theory]
    [InlineData("1abc", "is not a Python identifier")]
    [InlineData("lambda", "is a Python keyword")]
    [InlineData("", "is empty")]
    [InlineData("a-b", "is not a Python identifier")]
    public async Task InvalidHostFunctionName(string name, string problem)
    {
        using var session = Host.Open();
        await session.SendAsync(new SessionRequest { Configure = new Configure { HostFunctions = { name } } });
        Assert.Contains(problem, await session.ExpectStatusAsync(StatusCode.InvalidArgument));
    }

    [Fact]
    public async Task DuplicateHostFunctionName()
    {
        using var session = Host.Open();
        await session.SendAsync(new SessionRequest { Configure = new Configure { HostFunctions = { "f", "f" } } });
        Assert.Contains("listed twice", await session.ExpectStatusAsync(StatusCode.InvalidArgument));
    }

    [Fact]
    public async Task ResultForUnknownCallId()
    {
        using var session = Host.Open();
        await session.ConfigureAsync("f");
        await session.FeedAsync("f()");
        var call = (await session.ReadRequiredAsync()).CallRequest;
        await session.AnswerAsync(call.CallId + 100, Wire.None);
        Assert.Equal($"call_result.call_id {call.CallId + 100} was never issued in this session", await session.ExpectStatusAsync(StatusCode.InvalidArgument));
        await AssertServerHealthyAsync();
    }

    [Fact]
    public async Task ResultForAnAlreadyAnsweredCall()
    {
        using var session = Host.Open();
        await session.ConfigureAsync("f");
        await session.FeedAsync("f()\nf()");
        var call = (await session.ReadRequiredAsync()).CallRequest;
        await session.AnswerAsync(call.CallId, Wire.None);
        await session.AnswerAsync(call.CallId, Wire.None);
        Assert.Equal($"call {call.CallId} was already answered", await session.ExpectStatusAsync(StatusCode.FailedPrecondition));
    }

    [Fact]
    public async Task ResultWithoutOutcome()
    {
        using var session = Host.Open();
        await session.ConfigureAsync("f");
        await session.FeedAsync("f()");
        var call = (await session.ReadRequiredAsync()).CallRequest;
        await session.SendAsync(new SessionRequest { CallResult = new CallResult { CallId = call.CallId } });
        Assert.Contains("has neither value nor error", await session.ExpectStatusAsync(StatusCode.InvalidArgument));
    }

    [Fact]
    public async Task FeedWhileAFeedRuns()
    {
        using var session = Host.Open();
        await session.ConfigureAsync("f");
        await session.FeedAsync("f()");
        Assert.Equal(SessionResponse.KindOneofCase.CallRequest, (await session.ReadRequiredAsync()).KindCase);
        await session.FeedAsync("2");
        Assert.StartsWith("feed 1 is still running", await session.ExpectStatusAsync(StatusCode.FailedPrecondition));
        await AssertServerHealthyAsync();
    }

    [Fact]
    public async Task ValueNestedPastTheDepthLimit()
    {
        using var session = Host.Open();
        await session.ConfigureAsync();
        await session.FeedAsync("x", new Dictionary<string, Value> { ["x"] = Wire.List(Wire.Int(0), Wire.Nested(32)) });
        var detail = await session.ExpectStatusAsync(StatusCode.InvalidArgument);
        Assert.Equal("feed.inputs['x'][1][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: values may nest at most 32 containers deep", detail);
    }

    [Fact]
    public async Task ValueNestedPastProtobufRecursionLimit()
    {
        using var session = Host.Open();
        await session.ConfigureAsync();
        await session.FeedAsync("x", new Dictionary<string, Value> { ["x"] = Wire.Nested(80) });
        Assert.StartsWith("the request could not be parsed", await session.ExpectStatusAsync(StatusCode.InvalidArgument));
        await AssertServerHealthyAsync();
    }

    [Fact]
    public async Task UnhashableDictKey()
    {
        using var session = Host.Open();
        await session.ConfigureAsync();
        await session.FeedAsync("x", new Dictionary<string, Value> { ["x"] = Wire.Dict((Wire.Tuple(Wire.List()), Wire.None)) });
        Assert.Equal("feed.inputs['x'].entries[0].key[0]: unhashable type: 'list'", await session.ExpectStatusAsync(StatusCode.InvalidArgument));
    }

    [Fact]
    public async Task OpaqueValueFromClient()
    {
        using var session = Host.Open();
        await session.ConfigureAsync("f");
        await session.FeedAsync("f()");
        var call = (await session.ReadRequiredAsync()).CallRequest;
        await session.AnswerAsync(call.CallId, new Value { OpaqueValue = new Opaque { TypeName = "x", Repr = "x" } });
        Assert.Contains("opaque values cannot be sent", await session.ExpectStatusAsync(StatusCode.InvalidArgument));
    }

    [Theory]
    [InlineData("12a")]
    [InlineData("")]
    [InlineData("+5")]
    public async Task MalformedBigInt(string digits)
    {
        using var session = Host.Open();
        await session.ConfigureAsync();
        await session.FeedAsync("x", new Dictionary<string, Value> { ["x"] = new Value { BigIntValue = digits } });
        Assert.Contains("big_int_value must be base-10 digits", await session.ExpectStatusAsync(StatusCode.InvalidArgument));
    }

    [Fact]
    public async Task ValueWithNoKind()
    {
        using var session = Host.Open();
        await session.ConfigureAsync();
        await session.FeedAsync("x", new Dictionary<string, Value> { ["x"] = new Value() });
        Assert.Equal("feed.inputs['x']: value has no kind set", await session.ExpectStatusAsync(StatusCode.InvalidArgument));
    }

    [Fact]
    public async Task InvalidInputName()
    {
        using var session = Host.Open();
        await session.ConfigureAsync();
        await session.FeedAsync("1", new Dictionary<string, Value> { ["not valid"] = Wire.None });
        Assert.Contains("is not a Python identifier", await session.ExpectStatusAsync(StatusCode.InvalidArgument));
    }

    [Fact]
    public async Task OversizedMessage()
    {
        using var session = Host.Open();
        await session.ConfigureAsync();
        await session.FeedAsync(new string('#', 5 * 1024 * 1024));
        await session.ExpectStatusAsync(StatusCode.ResourceExhausted);
        await AssertServerHealthyAsync();
    }

    [Fact]
    public async Task InvalidUtf8InAStringField()
    {
        // SessionRequest{configure{script_name: 0xFF 0xFE}}: protobuf's string check must reject it.
        using var call = RawCall();
        await call.RequestStream.WriteAsync([0x0A, 0x04, 0x0A, 0x02, 0xFF, 0xFE]);
        var e = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseStream.MoveNext());
        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.StartsWith("the request could not be parsed", e.Status.Detail);
        await AssertServerHealthyAsync();
    }

    [Fact]
    public async Task GarbageBytes()
    {
        using var call = RawCall();
        await call.RequestStream.WriteAsync([0xFF, 0xFF, 0xFF, 0xFF]);
        var e = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseStream.MoveNext());
        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
    }

    [Fact]
    public async Task LoadOfBytesThatAreNotASnapshotIsInvalidArgument()
    {
        using var load = Host.Open();
        await load.ConfigureAsync();
        await load.SendAsync(new SessionRequest { Load = new Load { Snapshot = ByteString.CopyFromUtf8("xyz") } });
        Assert.StartsWith("load.snapshot", await load.ExpectStatusAsync(StatusCode.InvalidArgument));
    }

    [Fact]
    public async Task DumpWhileAFeedIsQueuedOrRunning()
    {
        using var session = Host.Open();
        await session.ConfigureAsync();
        await session.FeedAsync("1");
        await session.SendAsync(new SessionRequest { Dump = new Dump() });
        // Either the feed already ended (then the dump is answered with a snapshot) or the dump
        // is refused as running; nothing else may happen.
        try
        {
            while (true)
            {
                var response = await session.ReadRequiredAsync();
                if (response.KindCase == SessionResponse.KindOneofCase.Snapshot) return;
                Assert.True(response.KindCase is SessionResponse.KindOneofCase.Completed or SessionResponse.KindOneofCase.Output,
                    response.KindCase.ToString());
            }
        }
        catch (RpcException e)
        {
            Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
        }
    }

    private AsyncDuplexStreamingCall<byte[], byte[]> RawCall()
    {
        var bytes = Marshallers.Create(b => b, b => b);
        var method = new Method<byte[], byte[]>(MethodType.DuplexStreaming, "monty.v1.MontyService", "OpenSession", bytes, bytes);
        return Host.Channel.CreateCallInvoker().AsyncDuplexStreamingCall(method, null, new CallOptions());
    }
}
