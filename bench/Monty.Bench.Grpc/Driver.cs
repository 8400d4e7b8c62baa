using System.Diagnostics;
using System.Globalization;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Monty.Bench.Grpc.Echo;
using Monty.Protocol.V1;

namespace Monty.Bench.Grpc;

/// <summary>Runs the four measurements against a server in a child process over loopback h2c.
/// Echo and host-call runs alternate so that drift (JIT, CPU frequency) hits both alike.</summary>
internal static class Driver
{
    public static async Task<int> RunAsync(bool quick)
    {
        var runs = quick ? 2 : 5;
        var calls = quick ? 1_000 : 10_000;
        var sessions = quick ? 200 : 2_000;
        var idle = quick ? 100 : 1_000;

        using var server = ServerProcess.Start();
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{server.Port}");
        var monty = new MontyService.MontyServiceClient(channel);
        var echo = new EchoService.EchoServiceClient(channel);

        Console.WriteLine($"Monty gRPC benchmark: {(Debugger.IsAttached ? "debugger attached, " : "")}{Environment.ProcessorCount} cores, loopback h2c, server in a child process");
        Console.WriteLine($".NET {Environment.Version}, {(IsRelease() ? "Release" : "Debug (numbers not meaningful)")}");
        Console.WriteLine();

        // Warm up both paths (JIT, connection, thread pool).
        await PairedAsync(echo, monty, 2_000);
        await OneShotSequentialAsync(monty, 100);

        // Paired sampling: one echo round trip, then one host-call round trip, alternately on two
        // open streams, so that both see the same machine (other processes, CPU frequency, GC).
        var echoMedians = new List<double>();
        var callMedians = new List<double>();
        var echoAll = new List<double>();
        var callAll = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var (e, c) = await PairedAsync(echo, monty, calls);
            echoMedians.Add(Stats.Median(e));
            callMedians.Add(Stats.Median(c));
            echoAll.AddRange(e);
            callAll.AddRange(c);
        }
        var echoMedian = Stats.Median(echoAll);
        var callMedian = Stats.Median(callAll);
        Console.WriteLine($"echo round trip            median {Us(echoMedian)}  p99 {Us(Stats.Percentile(echoAll, 99))}   ({runs} runs x {calls:N0}; run medians {string.Join(", ", echoMedians.Select(Us))})");
        Console.WriteLine($"host call round trip       median {Us(callMedian)}  p99 {Us(Stats.Percentile(callAll, 99))}   ({runs} runs x {calls:N0} calls in one feed; run medians {string.Join(", ", callMedians.Select(Us))})");
        var ratio = callMedian / echoMedian;
        var runRatios = echoMedians.Zip(callMedians, (e, c) => (c / e).ToString("0.00", CultureInfo.InvariantCulture));
        Console.WriteLine($"  suspension round trip / echo floor = {ratio:0.00}x (per run {string.Join(", ", runRatios)}; target <= 1.5x: {(ratio <= 1.5 ? "met" : "NOT met")})");

        var sequential = await OneShotSequentialAsync(monty, sessions);
        var total = sequential.Sum() / 1e6;
        var echoStreams = new List<double>(sessions);
        for (var i = 0; i < sessions; i++) echoStreams.Add(await EchoStreamAsync(echo));
        Console.WriteLine($"one-shot '1 + 2' sessions  sequential: median {Us(Stats.Median(sequential))}/session, {sessions / total:N0} sessions/s ({sessions:N0} sessions)");
        Console.WriteLine($"                           p90 {Us(Stats.Percentile(sequential, 90))}, p99 {Us(Stats.Percentile(sequential, 99))}, mean {Us(sequential.Average())}");
        Console.WriteLine($"  (floor: a 2-message echo stream, opened and closed the same way: median {Us(Stats.Median(echoStreams))}, p90 {Us(Stats.Percentile(echoStreams, 90))}, p99 {Us(Stats.Percentile(echoStreams, 99))}, mean {Us(echoStreams.Average())})");
        foreach (var parallel in new[] { 8, 64 })
        {
            var rate = await OneShotConcurrentAsync(monty, sessions, parallel);
            Console.WriteLine($"                           {parallel} concurrent: {rate:N0} sessions/s ({sessions:N0} sessions)");
        }

        var (heapPerSession, workingSetPerSession, heapDelta) = await IdleSuspendedAsync(monty, server, idle);
        Console.WriteLine($"{idle:N0} idle suspended sessions: server heap +{heapDelta / 1048576.0:0.0} MiB = {heapPerSession / 1024:0.0} KiB/session; working set {workingSetPerSession / 1024:0.0} KiB/session");
        return 0;
    }

    /// <summary>Alternates an echo round trip (write a 16-byte message, read it back) with a
    /// host-call round trip (write a call result, read the next call request) and returns both
    /// sample lists (µs). The script is `for i in range(n): f(i)`: each host-call sample is one
    /// resume of the engine and one suspension.</summary>
    private static async Task<(List<double> Echo, List<double> Calls)> PairedAsync(
        EchoService.EchoServiceClient echoClient, MontyService.MontyServiceClient montyClient, int n)
    {
        using var echo = echoClient.Echo();
        using var session = montyClient.OpenSession();
        var message = new EchoMessage { Payload = ByteString.CopyFrom(new byte[16]) };
        await session.RequestStream.WriteAsync(new SessionRequest { Configure = new Configure { HostFunctions = { "f" } } });
        await session.RequestStream.WriteAsync(new SessionRequest { Feed = new Feed { Code = $"for i in range({n}):\n    f(i)" } });
        if ((await NextAsync(session)).Configured is null) throw new InvalidOperationException("expected configured");
        var response = await NextAsync(session);
        var echoSamples = new List<double>(n);
        var callSamples = new List<double>(n);
        while (response.CallRequest is { } request)
        {
            var start = Stopwatch.GetTimestamp();
            await echo.RequestStream.WriteAsync(message);
            if (!await echo.ResponseStream.MoveNext(CancellationToken.None)) throw new InvalidOperationException("echo ended");
            echoSamples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);

            start = Stopwatch.GetTimestamp();
            await session.RequestStream.WriteAsync(new SessionRequest { CallResult = new CallResult { CallId = request.CallId, Value = request.Args[0] } });
            response = await NextAsync(session);
            callSamples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }
        if (response.Completed is null || callSamples.Count != n) throw new InvalidOperationException($"feed did not complete after {n} calls: {response}");
        await echo.RequestStream.CompleteAsync();
        while (await echo.ResponseStream.MoveNext(CancellationToken.None)) { }
        await session.RequestStream.CompleteAsync();
        while (await session.ResponseStream.MoveNext(CancellationToken.None)) { }
        return (echoSamples, callSamples);
    }

    /// <summary>The stream-setup floor for a one-shot session: open, write two messages, half-close, read to the end (µs).</summary>
    private static async Task<double> EchoStreamAsync(EchoService.EchoServiceClient client)
    {
        var start = Stopwatch.GetTimestamp();
        using var call = client.Echo();
        var message = new EchoMessage { Payload = ByteString.CopyFrom(new byte[16]) };
        await call.RequestStream.WriteAsync(message);
        await call.RequestStream.WriteAsync(message);
        await call.RequestStream.CompleteAsync();
        while (await call.ResponseStream.MoveNext(CancellationToken.None)) { }
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    /// <summary>A whole one-shot session: open, configure, feed `1 + 2`, half-close, read to the end (µs).</summary>
    private static async Task<double> OneShotAsync(MontyService.MontyServiceClient client)
    {
        var start = Stopwatch.GetTimestamp();
        using var call = client.OpenSession();
        await call.RequestStream.WriteAsync(new SessionRequest { Configure = new Configure() });
        await call.RequestStream.WriteAsync(new SessionRequest { Feed = new Feed { Code = "1 + 2" } });
        await call.RequestStream.CompleteAsync();
        long? value = null;
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
            if (call.ResponseStream.Current.Completed is { } completed) value = completed.Value.IntValue;
        if (value != 3) throw new InvalidOperationException("1 + 2 did not complete with 3");
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    private static async Task<List<double>> OneShotSequentialAsync(MontyService.MontyServiceClient client, int n)
    {
        var samples = new List<double>(n);
        for (var i = 0; i < n; i++) samples.Add(await OneShotAsync(client));
        return samples;
    }

    private static async Task<double> OneShotConcurrentAsync(MontyService.MontyServiceClient client, int n, int parallel)
    {
        var next = -1;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < n) await OneShotAsync(client);
        }));
        return n / Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    /// <summary>Opens <paramref name="n"/> sessions, each suspended at a host call, and reads the server's memory before and after.</summary>
    private static async Task<(double HeapPerSession, double WorkingSetPerSession, long HeapDelta)> IdleSuspendedAsync(
        MontyService.MontyServiceClient client, ServerProcess server, int n)
    {
        var before = server.Memory();
        var calls = new List<AsyncDuplexStreamingCall<SessionRequest, SessionResponse>>(n);
        for (var i = 0; i < n; i++)
        {
            var call = client.OpenSession();
            await call.RequestStream.WriteAsync(new SessionRequest { Configure = new Configure { HostFunctions = { "fetch" } } });
            await call.RequestStream.WriteAsync(new SessionRequest { Feed = new Feed { Code = "data = {'id': 1, 'tags': ['a', 'b']}\nresult = fetch(data)" } });
            if ((await NextAsync(call)).Configured is null || (await NextAsync(call)).CallRequest is null)
                throw new InvalidOperationException("session did not suspend");
            calls.Add(call);
        }
        var after = server.Memory();
        foreach (var call in calls) call.Dispose();
        var heap = after.Heap - before.Heap;
        return (heap / (double)n, (after.WorkingSet - before.WorkingSet) / (double)n, heap);
    }

    private static async Task<SessionResponse> NextAsync(AsyncDuplexStreamingCall<SessionRequest, SessionResponse> call) =>
        await call.ResponseStream.MoveNext(CancellationToken.None)
            ? call.ResponseStream.Current
            : throw new InvalidOperationException("the session ended");

    private static string Us(double micros) => micros.ToString("0.0", CultureInfo.InvariantCulture) + " us";

    private static bool IsRelease() =>
        typeof(Driver).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false) is not [DebuggableAttribute { IsJITOptimizerDisabled: true }];
}
