using BenchmarkDotNet.Attributes;
using Monty.Engine;

namespace Monty.Bench;

/// <summary>Each benchmark program, compiled once in setup; one iteration is one run in fresh globals.</summary>
[MemoryDiagnoser]
public class ProgramBenchmarks
{
    private MontyProgram _program = null!;
    private readonly CaptureOutput _output = new();

    [ParamsSource(nameof(Programs))]
    public string Program { get; set; } = "fib";

    public static IEnumerable<string> Programs => BenchPrograms.Selected;

    [GlobalSetup]
    public void Setup()
    {
        _program = MontyProgram.Compile(BenchPrograms.Load(Program), Program + ".py");
        var check = _program.Start(null, BenchPrograms.Limits, _output);
        if (check.Status != ExecutionStatus.Completed)
            throw new InvalidOperationException($"{Program} did not complete: {check.Error?.FormattedTraceback}");
    }

    [Benchmark]
    public ExecutionStatus Run()
    {
        _output.Clear();
        return _program.Start(null, BenchPrograms.Limits, _output).Status;
    }
}

/// <summary>Compiling the benchmark programs (parse + compile, no run).</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private string _source = "";

    [ParamsSource(nameof(Programs))]
    public string Program { get; set; } = "fib";

    public static IEnumerable<string> Programs => BenchPrograms.Selected;

    [GlobalSetup]
    public void Setup() => _source = BenchPrograms.Load(Program);

    [Benchmark]
    public MontyProgram Compile() => MontyProgram.Compile(_source, Program + ".py");
}

/// <summary>Compile + run of `1 + 2`: the fixed cost of one tiny evaluation.</summary>
[MemoryDiagnoser]
public class OnePlusTwoBenchmarks
{
    private readonly MontyProgram _compiled = MontyProgram.Compile("1 + 2");

    [Benchmark(Baseline = true)]
    public MontyValue? CompileAndRun() => MontyProgram.Compile("1 + 2").Start(null, BenchPrograms.Limits).Result;

    [Benchmark]
    public MontyValue? RunOnly() => _compiled.Start(null, BenchPrograms.Limits).Result;

    [Benchmark]
    public MontyValue? SessionFeed() => new MontySession(null, BenchPrograms.Limits).Feed("1 + 2").Result;
}
