using System.Collections.Concurrent;
using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Monty.Engine;
using Monty.Grpc.Sessions;
using Monty.Grpc.Snapshots;
using Monty.Grpc.Tests.Infrastructure;
using Monty.Protocol.V1;

namespace Monty.Grpc.Tests.Server;

/// <summary>The server's Dump/Load paths, driven through a stand-in for the engine's snapshot
/// API (which lands separately): "bytes" name live objects kept in memory. What is tested is the
/// protocol around the seam, not serialization.</summary>
public sealed class SnapshotFlowTests
{
    private static Task<TestHost> StartAsync() =>
        TestHost.StartInProcessAsync(services: s => s.AddSingleton<ISessionSnapshots, InMemorySnapshots>());

    private static async Task<Snapshot> DumpAsync(SessionClient session)
    {
        await session.SendAsync(new SessionRequest { Dump = new Dump() });
        return (await session.ReadRequiredAsync()).Snapshot ?? throw new InvalidOperationException("expected a snapshot");
    }

    private static Task LoadAsync(SessionClient session, ByteString data) =>
        session.SendAsync(new SessionRequest { Load = new Load { Snapshot = data } });

    [Fact]
    public async Task SessionDumpedBetweenFeedsLoadsInAnotherSession()
    {
        await using var host = await StartAsync();
        using var a = host.Open();
        await a.ConfigureAsync(new Configure { HostFunctions = { "f" }, Limits = new Limits { MaxDurationMs = 1234 } });
        await a.RunAsync("x = 41");
        var snapshot = await DumpAsync(a);
        Assert.False(snapshot.FeedSuspended);

        using var b = host.Open();
        await b.ConfigureAsync();
        await LoadAsync(b, snapshot.Data);
        var loaded = (await b.ReadRequiredAsync()).Loaded;
        Assert.Equal(["f"], loaded.HostFunctions);
        Assert.Equal(1234ul, loaded.Limits.MaxDurationMs);
        Assert.False(loaded.FeedSuspended);
        Assert.Equal(42, (await b.RunAsync("x + 1")).Value.IntValue);
    }

    [Fact]
    public async Task SuspendedFeedResumesWhereItIsLoaded()
    {
        await using var host = await StartAsync();
        using var a = host.Open();
        await a.ConfigureAsync("f");
        await a.FeedAsync("y = f(1) + 1\ny");
        var original = (await a.ReadRequiredAsync()).CallRequest;
        var snapshot = await DumpAsync(a);
        Assert.True(snapshot.FeedSuspended);

        using var b = host.Open();
        await b.ConfigureAsync();
        await b.RunAsync("z = 0"); // so that the restored feed is not b's first
        await LoadAsync(b, snapshot.Data);
        Assert.True((await b.ReadRequiredAsync()).Loaded.FeedSuspended);
        var call = (await b.ReadRequiredAsync()).CallRequest;
        Assert.Equal("f", call.FunctionName);
        Assert.Equal(1, call.Args[0].IntValue);
        Assert.Equal(original.CallId, call.CallId); // b issued no call before: ids are per session
        await b.AnswerAsync(call.CallId, Wire.Int(10));
        var completed = (await b.CollectAsync()).Completed;
        Assert.Equal(11, completed.Value.IntValue);
        Assert.Equal(2ul, completed.FeedId);
    }

    [Fact]
    public async Task CorruptSnapshotIsInvalidArgument()
    {
        await using var host = await StartAsync();
        using var session = host.Open();
        await session.ConfigureAsync();
        await LoadAsync(session, ByteString.CopyFromUtf8("garbage"));
        Assert.Equal("load.snapshot: not a snapshot", await session.ExpectStatusAsync(StatusCode.InvalidArgument));
    }

    [Fact]
    public async Task SnapshotWithLimitsAboveTheServerMaximumIsRefused()
    {
        await using var host = await StartAsync();
        using var session = host.Open();
        await session.ConfigureAsync();
        await LoadAsync(session, ByteString.CopyFromUtf8(InMemorySnapshots.Unlimited));
        Assert.Contains("exceed this server's maximum", await session.ExpectStatusAsync(StatusCode.FailedPrecondition));
    }

    [Fact]
    public async Task LoadWhileAFeedRunsIsRefused()
    {
        await using var host = await StartAsync();
        using var session = host.Open();
        await session.ConfigureAsync("f");
        await session.FeedAsync("f()");
        await session.ReadRequiredAsync();
        await LoadAsync(session, ByteString.CopyFromUtf8("x"));
        Assert.Equal("feed 1 is running: load is accepted between feeds", await session.ExpectStatusAsync(StatusCode.FailedPrecondition));
    }

    /// <summary>Keeps live sessions under random keys; "loading" a key hands the same objects to the new stream.</summary>
    private sealed class InMemorySnapshots : ISessionSnapshots
    {
        public const string Unlimited = "unlimited";

        private static readonly ConcurrentDictionary<string, RestoredSession> Saved = new();

        public byte[] Dump(MontySession session, MontyExecution? suspended)
        {
            var key = Guid.NewGuid().ToString("N");
            Saved[key] = new RestoredSession(session, suspended);
            return Encoding.UTF8.GetBytes(key);
        }

        public RestoredSession Load(byte[] data, IMontyOutput output)
        {
            var key = Encoding.UTF8.GetString(data);
            if (key == Unlimited) return new RestoredSession(new MontySession(limits: ResourceLimits.Unlimited, output: output), null);
            if (!Saved.TryGetValue(key, out var restored)) throw ProtocolErrors.InvalidArgument("load.snapshot: not a snapshot");
            restored.Session.Output = output;
            return restored;
        }
    }
}
