using Grpc.Core;
using Monty.Client.Tests.Infrastructure;
using Monty.Protocol.V1;

namespace Monty.Client.Tests.Sessions;

/// <summary>Several calls pending at once (what asyncio.gather over host functions produces):
/// a scripted server issues three calls before reading any result, and records the order in
/// which results arrive.</summary>
public sealed class ConcurrentCallTests
{
    public sealed class ThreeCallsAtOnce : MontyService.MontyServiceBase
    {
        public override async Task OpenSession(IAsyncStreamReader<SessionRequest> requests, IServerStreamWriter<SessionResponse> responses, ServerCallContext context)
        {
            await requests.MoveNext();
            await responses.WriteAsync(new SessionResponse { Configured = new Configured { SessionId = "fake" } });
            await requests.MoveNext();
            for (ulong id = 1; id <= 3; id++)
            {
                var call = new CallRequest { CallId = id, FunctionName = "sleep_then_echo" };
                call.Args.Add(new Value { IntValue = (long)id });
                await responses.WriteAsync(new SessionResponse { CallRequest = call });
            }
            var order = new List<long>();
            for (var i = 0; i < 3; i++)
            {
                await requests.MoveNext();
                var result = requests.Current.CallResult;
                Assert.Equal((long)result.CallId * 10, result.Value.IntValue);
                order.Add((long)result.CallId);
            }
            var list = new ValueList();
            list.Items.Add(order.Select(id => new Value { IntValue = id }));
            await responses.WriteAsync(new SessionResponse { Completed = new Completed { Value = new Value { ListValue = list }, FeedId = 1 } });
            while (await requests.MoveNext())
            {
            }
        }
    }

    [Fact]
    public async Task CallsRunConcurrentlyAndAreAnsweredAsTheyFinish()
    {
        var (app, channel) = await InProcessServer.StartFakeAsync<ThreeCallsAtOnce>();
        await using var _ = app;
        using var __ = channel;
        var running = 0;
        var maxRunning = 0;
        var functions = new HostFunctions
        {
            // Call 1 sleeps longest, call 3 shortest: answers must come back 3, 2, 1.
            ["sleep_then_echo"] = async (int id) =>
            {
                var now = Interlocked.Increment(ref running);
                lock (functionsLock) maxRunning = Math.Max(maxRunning, now);
                await Task.Delay(150 * (4 - id));
                Interlocked.Decrement(ref running);
                return id * 10;
            },
        };
        using var client = new MontyClient(channel);
        await using var session = await client.OpenSessionAsync(new() { Functions = functions });
        var result = await session.RunAsync("gather()");
        Assert.Equal([3L, 2L, 1L], ((List<object?>)result.Value!).Cast<long>());
        Assert.Equal(3, maxRunning);
    }

    private static readonly Lock functionsLock = new();
}
