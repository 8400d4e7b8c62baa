using System.Diagnostics;
using System.Globalization;
using Grpc.Net.Client;
using Monty.Client;
using Monty.Protocol.V1;

namespace Monty.Bench.Grpc;

/// <summary>`--client`: the host-call round trip as a Monty.Client user sees it (from one
/// invocation of a C# host function to the next: result conversion, serialised write, the
/// server's resume, the next CallRequest, dispatch to a task, argument binding), against the
/// same round trip on the raw stream, in alternating runs on one server in a child process.</summary>
internal static class ClientDriver
{
    public static async Task<int> RunAsync(bool quick)
    {
        var runs = quick ? 2 : 5;
        var calls = quick ? 1_000 : 5_000;
        var sessions = quick ? 200 : 1_000;

        using var server = ServerProcess.Start();
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{server.Port}");
        using var client = new MontyClient(channel);
        var raw = new MontyService.MontyServiceClient(channel);
        Console.WriteLine($"Monty.Client benchmark: {Environment.ProcessorCount} cores, loopback h2c, server in a child process, .NET {Environment.Version}");

        await RawAsync(raw, 2_000);
        await ClientAsync(client, 2_000);
        var rawAll = new List<double>();
        var clientAll = new List<double>();
        var perRun = new List<string>();
        for (var run = 0; run < runs; run++)
        {
            var r = await RawAsync(raw, calls);
            var c = await ClientAsync(client, calls);
            rawAll.AddRange(r);
            clientAll.AddRange(c);
            perRun.Add($"{Us(Stats.Median(r))}/{Us(Stats.Median(c))}");
        }
        Console.WriteLine($"host call round trip, raw stream   median {Us(Stats.Median(rawAll))}  p99 {Us(Stats.Percentile(rawAll, 99))}");
        Console.WriteLine($"host call round trip, MontyClient  median {Us(Stats.Median(clientAll))}  p99 {Us(Stats.Percentile(clientAll, 99))}");
        Console.WriteLine($"  ({runs} runs x {calls:N0} calls in one feed; run medians raw/client {string.Join(", ", perRun)})");

        var oneShot = new List<double>(sessions);
        for (var i = 0; i < sessions + 50; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var result = await client.RunAsync("1 + 2");
            if (result.Value is not 3L) throw new InvalidOperationException("1 + 2 did not complete with 3");
            if (i >= 50) oneShot.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }
        Console.WriteLine($"one-shot client.RunAsync(\"1 + 2\")   median {Us(Stats.Median(oneShot))}  p99 {Us(Stats.Percentile(oneShot, 99))}   ({sessions:N0} sessions, each opened and closed)");
        return 0;
    }

    /// <summary>Samples (µs) between consecutive invocations of the host function f.</summary>
    private static async Task<List<double>> ClientAsync(MontyClient client, int n)
    {
        var samples = new List<double>(n);
        long last = 0;
        var functions = new HostFunctions
        {
            ["f"] = (long i) =>
            {
                var now = Stopwatch.GetTimestamp();
                if (last != 0) samples.Add(Stopwatch.GetElapsedTime(last, now).TotalMicroseconds);
                last = now;
                return i;
            },
        };
        await using var session = await client.OpenSessionAsync(new MontySessionOptions { Functions = functions });
        await session.RunAsync($"for i in range({n + 1}):\n    f(i)");
        return samples;
    }

    /// <summary>Samples (µs) from writing a call result to reading the next call request.</summary>
    private static async Task<List<double>> RawAsync(MontyService.MontyServiceClient client, int n)
    {
        using var session = client.OpenSession();
        await session.RequestStream.WriteAsync(new SessionRequest { Configure = new Configure { HostFunctions = { "f" } } });
        await session.RequestStream.WriteAsync(new SessionRequest { Feed = new Feed { Code = $"for i in range({n}):\n    f(i)" } });
        await session.ResponseStream.MoveNext(CancellationToken.None);
        await session.ResponseStream.MoveNext(CancellationToken.None);
        var samples = new List<double>(n);
        while (session.ResponseStream.Current.CallRequest is { } request)
        {
            var start = Stopwatch.GetTimestamp();
            await session.RequestStream.WriteAsync(new SessionRequest { CallResult = new CallResult { CallId = request.CallId, Value = request.Args[0] } });
            await session.ResponseStream.MoveNext(CancellationToken.None);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }
        await session.RequestStream.CompleteAsync();
        while (await session.ResponseStream.MoveNext(CancellationToken.None)) { }
        return samples;
    }

    private static string Us(double microseconds) => microseconds.ToString("0.0", CultureInfo.InvariantCulture) + " µs";
}
