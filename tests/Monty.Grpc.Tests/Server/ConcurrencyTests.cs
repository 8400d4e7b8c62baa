using Monty.Grpc.Tests.Infrastructure;
using Monty.Protocol.V1;

namespace Monty.Grpc.Tests.Server;

public sealed class ConcurrencyTests
{
    /// <summary>Each session computes something of its own through host calls, so a crossed wire
    /// between sessions (a call or result delivered to the wrong one) shows as a wrong result.</summary>
    internal static async Task RunManySessionsAsync(TestHost host, int count)
    {
        var tasks = Enumerable.Range(0, count).Select(async n =>
        {
            using var session = host.Open();
            await session.ConfigureAsync("scale");
            await session.RunAsync($"base = {n}");
            var result = await session.RunAsync(
                "total = 0\nfor i in range(5):\n    total += scale(base, i)\nprint(base)\ntotal",
                call => Wire.Int(call.Args[0].IntValue * 10 + call.Args[1].IntValue));
            Assert.Equal(n * 50 + 10, result.Value.IntValue);
            Assert.Equal($"{n}\n", result.Stdout);
            await session.CompleteRequestsAsync();
            Assert.Equal(global::Grpc.Core.StatusCode.OK, (await session.ReadToEndAsync()).StatusCode);
        });
        await Task.WhenAll(tasks);
        await host.WaitForNoSessionsAsync();
    }

    [Fact]
    public async Task TwoHundredSessionsAtOnceInProcess()
    {
        await using var host = await TestHost.StartInProcessAsync();
        await RunManySessionsAsync(host, 200);
    }
}
