using System.Text;
using Monty.Engine;

namespace Monty.Engine.Tests.Conformance;

/// <summary>Runs one .py case through the engine and captures what CPython's run would show:
/// stdout, and for an uncaught exception the last traceback line.</summary>
internal static class CaseRunner
{
    public static string CasesRoot => Path.Combine(AppContext.BaseDirectory, "Cases");

    public static IEnumerable<object[]> All() =>
        Directory.EnumerateFiles(CasesRoot, "*.py", SearchOption.AllDirectories)
            .Where(p => Path.GetFileName(p) != "regen.py")
            .Select(p => Path.GetRelativePath(CasesRoot, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(p => new object[] { p });

    /// <summary>Cases Monty cannot run yet, with the error it raises instead (known_gaps.txt).</summary>
    public static IReadOnlyDictionary<string, string> KnownGaps { get; } = LoadGaps();

    private static Dictionary<string, string> LoadGaps()
    {
        var gaps = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(Path.Combine(CasesRoot, "known_gaps.txt")))
        {
            if (line.StartsWith('#') || !line.Contains('|')) continue;
            var parts = line.Split('|', 2);
            gaps[parts[0].Trim()] = parts[1].Trim();
        }
        return gaps;
    }

    public static (string Stdout, string? ErrorLine) Run(string relativePath)
    {
        var path = Path.Combine(CasesRoot, relativePath);
        var source = File.ReadAllText(path);
        var output = new CapturingOutput();
        var session = new MontySession(limits: new ResourceLimits { MaxDuration = TimeSpan.FromSeconds(20) }, output: output,
            scriptName: Path.GetFileName(path));
        var execution = session.Feed(source);
        if (execution.Status == ExecutionStatus.CallPending)
            throw new InvalidOperationException("case called a host function");
        return (output.Stdout.ToString(), execution.Status == ExecutionStatus.Failed ? execution.Error!.Summary : null);
    }

    public static string Expected(string relativePath, string extension)
    {
        var path = Path.ChangeExtension(Path.Combine(CasesRoot, relativePath), extension);
        return File.Exists(path) ? File.ReadAllText(path).TrimEnd('\n') : "";
    }

    private sealed class CapturingOutput : IMontyOutput
    {
        public StringBuilder Stdout { get; } = new();

        public void Write(OutputStream stream, string text)
        {
            if (stream == OutputStream.Stdout) Stdout.Append(text);
        }
    }
}
