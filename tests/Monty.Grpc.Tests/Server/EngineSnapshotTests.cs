using Google.Protobuf;
using Monty.Grpc.Tests.Infrastructure;
using Monty.Protocol.V1;

namespace Monty.Grpc.Tests.Server;

/// <summary>Dump and Load with the engine's real snapshots: a feed suspended at a host call in
/// one stream resumes, from its bytes, in another.</summary>
public sealed class EngineSnapshotTests
{
    [Fact]
    public async Task SuspendedFeedMovesToAnotherStream()
    {
        await using var host = await TestHost.StartInProcessAsync();
        using var a = host.Open();
        await a.ConfigureAsync("fetch");
        await a.RunAsync("def total(xs):\n    return sum(fetch(x) for x in xs)");
        await a.FeedAsync("result = total([1, 2, 3])\nresult + 100");
        var first = (await a.ReadRequiredAsync()).CallRequest;
        Assert.Equal("fetch", first.FunctionName);
        await a.SendAsync(new SessionRequest { Dump = new Dump() });
        var snapshot = (await a.ReadRequiredAsync()).Snapshot;
        Assert.True(snapshot.FeedSuspended);

        using var b = host.Open();
        await b.ConfigureAsync();
        await b.SendAsync(new SessionRequest { Load = new Load { Snapshot = snapshot.Data } });
        Assert.True((await b.ReadRequiredAsync()).Loaded.FeedSuspended);
        var call = (await b.ReadRequiredAsync()).CallRequest;
        Assert.Equal(1, call.Args[0].IntValue);
        await b.AnswerAsync(call.CallId, Wire.Int(10));
        call = (await b.ReadRequiredAsync()).CallRequest;
        await b.AnswerAsync(call.CallId, Wire.Int(20));
        call = (await b.ReadRequiredAsync()).CallRequest;
        await b.AnswerAsync(call.CallId, Wire.Int(30));
        Assert.Equal(160, (await b.CollectAsync()).Completed.Value.IntValue);
        Assert.Equal(60, (await b.RunAsync("result")).Value.IntValue);
    }

    [Fact]
    public async Task CorruptedSnapshotIsRejectedAndTheServerStaysHealthy()
    {
        await using var host = await TestHost.StartInProcessAsync();
        using var a = host.Open();
        await a.ConfigureAsync();
        await a.RunAsync("x = [1, 2, 3]");
        await a.SendAsync(new SessionRequest { Dump = new Dump() });
        var data = (await a.ReadRequiredAsync()).Snapshot.Data.ToByteArray();
        data[data.Length / 2] ^= 0x5A;
        Array.Resize(ref data, data.Length - 3);

        using var b = host.Open();
        await b.ConfigureAsync();
        await b.SendAsync(new SessionRequest { Load = new Load { Snapshot = ByteString.CopyFrom(data) } });
        Assert.StartsWith("load.snapshot", await b.ExpectStatusAsync(global::Grpc.Core.StatusCode.InvalidArgument));

        using var c = host.Open();
        await c.ConfigureAsync();
        Assert.Equal(3, (await c.RunAsync("len([1, 2, 3])")).Value.IntValue);
    }
}
