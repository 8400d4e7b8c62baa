using BenchmarkDotNet.Running;
using Monty.Bench;

// Monty.Bench quick PROGRAM [options]   — Stopwatch median as JSON (used by bench/run.py)
// Monty.Bench bdn [BenchmarkDotNet args] — BenchmarkDotNet, e.g. bdn --filter '*'
// Monty.Bench profile PROGRAM            — EventPipe CPU-sampling profile, hottest methods
// Monty.Bench analyze FILE.nettrace      — the same summary for an existing trace
// Monty.Bench list                       — the embedded programs
switch (args.FirstOrDefault())
{
    case "quick":
        return QuickMode.Run(args[1..]);
    case "bdn":
        BenchmarkSwitcher.FromAssembly(typeof(ProgramBenchmarks).Assembly).Run(args[1..]);
        return 0;
    case "profile":
        return ProfileMode.Profile(args[1..]);
    case "analyze":
        return ProfileMode.Analyze(args[1..]);
    case "list":
        foreach (var name in BenchPrograms.Names) Console.WriteLine(name);
        return 0;
    default:
        Console.Error.WriteLine("usage: Monty.Bench quick PROGRAM [--warmup N] [--repeat N] [--max-seconds S]");
        Console.Error.WriteLine("       Monty.Bench bdn [BenchmarkDotNet arguments, e.g. --filter '*']");
        Console.Error.WriteLine("       Monty.Bench profile PROGRAM [--seconds S] [--top N] [--out FILE.nettrace]");
        Console.Error.WriteLine("       Monty.Bench analyze FILE.nettrace [--top N]");
        Console.Error.WriteLine("       Monty.Bench list");
        return 2;
}
