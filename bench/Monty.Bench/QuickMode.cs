using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Monty.Engine;

namespace Monty.Bench;

/// <summary>`quick PROGRAM [--warmup N] [--warmup-seconds S] [--repeat N] [--max-seconds S] [--compile] [--inner N]`:
/// warmup runs, then timed repeats with a Stopwatch; prints one JSON object with the median.
/// Run mode (default) compiles once and times program.Start in fresh globals. Compile mode
/// (the default for "add") times MontyProgram.Compile + Start, in batches of --inner calls.</summary>
internal static class QuickMode
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: quick PROGRAM [--warmup N] [--warmup-seconds S] [--repeat N] [--max-seconds S] [--compile] [--inner N]");
            Console.Error.WriteLine("programs: " + string.Join(", ", BenchPrograms.Names));
            return 2;
        }
        var target = args[0];
        var warmup = 3;
        var repeat = 10;
        var maxSeconds = 30.0;
        var warmupSeconds = 1.0;
        var compileMode = BenchPrograms.NameOf(target) == BenchPrograms.CompileProgram;
        var inner = 0;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--warmup": warmup = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--repeat": repeat = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--warmup-seconds": warmupSeconds = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--max-seconds": maxSeconds = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--compile": compileMode = true; break;
                case "--inner": inner = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}");
                    return 2;
            }
        }

        var source = BenchPrograms.Load(target);
        var name = BenchPrograms.NameOf(target);
        var output = new CaptureOutput();
        var compileWatch = Stopwatch.StartNew();
        var program = MontyProgram.Compile(source, name + ".py");
        var compileMs = compileWatch.Elapsed.TotalMilliseconds;

        // One checked run: its output (or final value, in compile mode) is the checksum.
        var first = program.Start(null, BenchPrograms.Limits, output);
        if (first.Status != ExecutionStatus.Completed)
        {
            var error = first.Status == ExecutionStatus.Failed
                ? first.Error!.FormattedTraceback
                : $"the program called host function '{first.PendingCall!.FunctionName}'";
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["program"] = name,
                ["error"] = error,
                ["output"] = output.ToString(),
            }));
            return 1;
        }
        var checksum = compileMode ? ValueRepr(first.Result!) : output.ToString();

        Func<MontyExecution> once = compileMode
            ? () => MontyProgram.Compile(source, name + ".py").Start(null, BenchPrograms.Limits, output)
            : () => program.Start(null, BenchPrograms.Limits, output);

        // Warm up for at least --warmup runs and --warmup-seconds, so the JIT has reached its
        // optimized tier (tiered compilation promotes hot methods after ~30 calls and a delay).
        var budget = Stopwatch.StartNew();
        for (var i = 0; (i < warmup || budget.Elapsed.TotalSeconds < warmupSeconds) && budget.Elapsed.TotalSeconds < maxSeconds / 3; i++)
        {
            output.Clear();
            once();
        }

        // Batch tiny programs so one sample lasts ~20 ms or more (like timeit's autorange).
        if (inner <= 0)
        {
            inner = 1;
            while (true)
            {
                var w = Stopwatch.StartNew();
                for (var k = 0; k < inner; k++) { output.Clear(); once(); }
                if (w.Elapsed.TotalMilliseconds >= 20 || inner >= 1_000_000) break;
                inner *= w.Elapsed.TotalMilliseconds < 2 ? 10 : 2;
            }
        }

        var exceptions = 0L;
        AppDomain.CurrentDomain.FirstChanceException += (_, _) => Interlocked.Increment(ref exceptions);
        var gcBefore = GC.CollectionCount(0);
        var allocBefore = GC.GetAllocatedBytesForCurrentThread();
        var samples = new List<double>();
        budget.Restart();
        for (var i = 0; i < repeat; i++)
        {
            var w = Stopwatch.StartNew();
            for (var k = 0; k < inner; k++) { output.Clear(); once(); }
            w.Stop();
            samples.Add(w.Elapsed.TotalMilliseconds / inner);
            if (samples.Count >= 3 && budget.Elapsed.TotalSeconds > maxSeconds) break;
        }
        var timedRuns = (double)samples.Count * inner;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocBefore;
        var gcs = GC.CollectionCount(0) - gcBefore;
        samples.Sort();
        var median = samples.Count % 2 == 1
            ? samples[samples.Count / 2]
            : (samples[samples.Count / 2 - 1] + samples[samples.Count / 2]) / 2;

        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["program"] = name,
            ["mode"] = compileMode ? "compile+run" : "run",
            ["median_ms"] = median,
            ["min_ms"] = samples[0],
            ["max_ms"] = samples[^1],
            ["samples"] = samples.Count,
            ["inner"] = inner,
            ["first_compile_ms"] = compileMs,
            ["alloc_bytes_per_run"] = Math.Round(allocated / timedRuns),
            ["gen0_gcs_per_run"] = Math.Round(gcs / timedRuns, 3),
            ["clr_exceptions_per_run"] = Math.Round(exceptions / timedRuns, 1),
            ["output"] = checksum,
        }));
        return 0;
    }

    /// <summary>Python repr of the simple values a final expression gives (checksum for compile mode).</summary>
    internal static string ValueRepr(MontyValue value) => value switch
    {
        MontyNone => "None",
        MontyBool b => b.Value ? "True" : "False",
        MontyInt i => i.Value.ToString(CultureInfo.InvariantCulture),
        MontyFloat f => f.Value.ToString("R", CultureInfo.InvariantCulture),
        MontyStr s => "'" + s.Value + "'",
        _ => value.ToString() ?? "",
    };
}
