using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Etlx;
using Monty.Engine;

namespace Monty.Bench;

/// <summary>`profile PROGRAM [--seconds S] [--top N] [--out FILE.nettrace]`: a CPU-sampling profile of
/// the program running in this process (an EventPipe session on itself, as dotnet-trace's
/// cpu-sampling profile does), then a summary of the hottest methods.
/// `analyze FILE.nettrace [--top N]`: the same summary for an existing trace (for example one that
/// BenchmarkDotNet's `--profiler EP` wrote to BenchmarkDotNet.Artifacts).</summary>
internal static class ProfileMode
{
    public static int Profile(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: profile PROGRAM [--seconds S] [--top N] [--out FILE.nettrace]");
            return 2;
        }
        var target = args[0];
        var seconds = 5.0;
        var top = 25;
        string? outPath = null;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seconds": seconds = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--top": top = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--out": outPath = args[++i]; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }
        var name = BenchPrograms.NameOf(target);
        outPath ??= Path.Combine(Path.GetTempPath(), $"monty-{name}-{Environment.ProcessId}.nettrace");

        var source = BenchPrograms.Load(target);
        var program = MontyProgram.Compile(source, name + ".py");
        var output = new CaptureOutput();
        var compileMode = name == BenchPrograms.CompileProgram;
        Action once = compileMode
            ? () => MontyProgram.Compile(source, name + ".py").Start(null, BenchPrograms.Limits, output)
            : () => program.Start(null, BenchPrograms.Limits, output);

        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 1.5) { output.Clear(); once(); }

        // The providers of dotnet-trace's cpu-sampling profile.
        var providers = new[]
        {
            new EventPipeProvider("Microsoft-DotNETCore-SampleProfiler", EventLevel.Informational),
            new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, 0x14C14FCCBD),
        };
        var client = new DiagnosticsClient(Environment.ProcessId);
        var runs = 0;
        using (var session = client.StartEventPipeSession(providers, requestRundown: true))
        {
            var copy = Task.Run(async () =>
            {
                await using var file = File.Create(outPath);
                await session.EventStream.CopyToAsync(file);
            });
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < seconds) { output.Clear(); once(); runs++; }
            session.Stop();
            copy.Wait();
        }
        Console.WriteLine($"profiled {name}: {runs} runs in {seconds:0.#} s; trace: {outPath}");
        Summarize(outPath, top);
        return 0;
    }

    public static int Analyze(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: analyze FILE.nettrace [--top N]");
            return 2;
        }
        var top = args.Length >= 3 && args[1] == "--top" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 25;
        Summarize(args[0], top);
        return 0;
    }

    /// <summary>Counts samples per method: exclusive (top frame) and inclusive (anywhere on the
    /// stack), over the samples whose stack runs through Monty code.</summary>
    private static void Summarize(string nettrace, int top)
    {
        var etlx = TraceLog.CreateFromEventPipeDataFile(nettrace);
        try
        {
            SummarizeEtlx(etlx, top);
        }
        finally
        {
            File.Delete(etlx); // a large derived cache, rebuilt from the .nettrace when needed
        }
    }

    private static void SummarizeEtlx(string etlx, int top)
    {
        using var log = new TraceLog(etlx);
        var exclusive = new Dictionary<string, int>();
        var inclusive = new Dictionary<string, int>();
        var total = 0;
        var frames = new List<string>();
        var seen = new HashSet<string>();
        foreach (var ev in log.Events)
        {
            if (ev.ProviderName != "Microsoft-DotNETCore-SampleProfiler") continue;
            var stack = ev.CallStack();
            if (stack is null) continue;
            frames.Clear();
            var monty = false;
            for (var s = stack; s is not null; s = s.Caller)
            {
                var method = s.CodeAddress.FullMethodName;
                if (string.IsNullOrEmpty(method)) method = $"[{s.CodeAddress.ModuleName}]";
                frames.Add(method);
                if (method.StartsWith("Monty.Engine", StringComparison.Ordinal)) monty = true;
            }
            if (!monty) continue;
            // A thread the sampler suspends at a GC poll shows the poll helper on top: the time
            // belongs to the method that polled.
            while (frames.Count > 1 && frames[0].Contains("PollGC", StringComparison.Ordinal)) frames.RemoveAt(0);
            total++;
            Add(exclusive, frames[0]);
            seen.Clear();
            foreach (var f in frames)
                if (seen.Add(f)) Add(inclusive, f);
        }
        Console.WriteLine($"{total} samples in Monty code");
        Print("exclusive (self) time", exclusive, total, top);
        Print("inclusive time", inclusive, total, top);
    }

    private static void Add(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private static void Print(string title, Dictionary<string, int> counts, int total, int top)
    {
        Console.WriteLine();
        Console.WriteLine($"top {top} by {title}:");
        foreach (var (method, n) in counts.OrderByDescending(kv => kv.Value).Take(top))
        {
            var shown = method.Length > 150 ? method[..150] + "…" : method;
            Console.WriteLine($"  {100.0 * n / Math.Max(total, 1),5:0.0}%  {shown}");
        }
    }
}
