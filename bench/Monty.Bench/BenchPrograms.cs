using System.Reflection;
using System.Text;
using Monty.Engine;

namespace Monty.Bench;

/// <summary>The benchmark programs (bench/programs/*.py, embedded in this assembly) and the
/// helpers both modes share.</summary>
internal static class BenchPrograms
{
    /// <summary>Programs timed as "run": compiled once, executed many times in fresh globals.</summary>
    public static readonly string[] RunPrograms = ["fib", "loops", "strings", "lists", "dicts"];

    /// <summary>The run programs BenchmarkDotNet uses: all, or those named in MONTY_BENCH_PROGRAMS
    /// (comma-separated), e.g. MONTY_BENCH_PROGRAMS=strings to profile one.</summary>
    public static IEnumerable<string> Selected =>
        Environment.GetEnvironmentVariable("MONTY_BENCH_PROGRAMS") is { Length: > 0 } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : RunPrograms;

    /// <summary>The program timed as "compile": compile + run of its source every time.</summary>
    public const string CompileProgram = "add";

    /// <summary>Limits for benchmarking: no time or memory cap (recursion depth stays 1000).</summary>
    public static ResourceLimits Limits => ResourceLimits.Unlimited;

    public static IEnumerable<string> Names =>
        typeof(BenchPrograms).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("programs/", StringComparison.Ordinal) && n.EndsWith(".py", StringComparison.Ordinal))
            .Select(n => n["programs/".Length..^".py".Length])
            .Order(StringComparer.Ordinal);

    /// <summary>Loads a program by name (embedded) or by path to a .py file.</summary>
    public static string Load(string nameOrPath)
    {
        if (nameOrPath.EndsWith(".py", StringComparison.Ordinal) && File.Exists(nameOrPath))
            return File.ReadAllText(nameOrPath);
        var resource = $"programs/{nameOrPath}.py";
        using var stream = typeof(BenchPrograms).Assembly.GetManifestResourceStream(resource)
            ?? throw new ArgumentException($"unknown program '{nameOrPath}' (known: {string.Join(", ", Names)})");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static string NameOf(string nameOrPath) =>
        nameOrPath.EndsWith(".py", StringComparison.Ordinal) ? Path.GetFileNameWithoutExtension(nameOrPath) : nameOrPath;
}

/// <summary>Collects print() output, as CPython's side redirects stdout into a StringIO.</summary>
internal sealed class CaptureOutput : IMontyOutput
{
    private readonly StringBuilder _text = new();

    public void Write(OutputStream stream, string text)
    {
        if (stream == OutputStream.Stdout) _text.Append(text);
    }

    public void Clear() => _text.Clear();

    public override string ToString() => _text.ToString();
}
