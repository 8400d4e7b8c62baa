using System.CommandLine;
using Monty.Engine;

namespace Monty.Cli;

/// <summary>`monty run FILE.py`: runs a script in-process, printing output as python3 would and
/// the traceback on stderr (exit code 1) when it fails.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The Python script to run." };
        var maxDuration = new Option<double?>("--max-duration") { Description = "Time limit in seconds (default 5)." };
        var maxMemory = new Option<long?>("--max-memory") { Description = "Memory limit in bytes (default 256 MiB)." };
        var maxRecursion = new Option<int?>("--max-recursion") { Description = "Maximum call depth (default 1000)." };
        var showResult = new Option<bool>("--show-result") { Description = "Print the value of a final expression." };
        var command = new Command("run", "Run a Python script with the embedded engine.") { file, maxDuration, maxMemory, maxRecursion, showResult };
        command.SetAction(parse =>
        {
            var defaults = ResourceLimits.SafeDefaults;
            var limits = defaults with
            {
                MaxDuration = parse.GetValue(maxDuration) is { } s ? TimeSpan.FromSeconds(s) : defaults.MaxDuration,
                MaxMemory = parse.GetValue(maxMemory) ?? defaults.MaxMemory,
                MaxRecursionDepth = parse.GetValue(maxRecursion) ?? defaults.MaxRecursionDepth,
            };
            return Run(parse.GetValue(file)!, limits, parse.GetValue(showResult));
        });
        return command;
    }

    private static int Run(FileInfo file, ResourceLimits limits, bool showResult)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"monty: can't open file '{file.FullName}': [Errno 2] No such file or directory");
            return 2;
        }
        var source = File.ReadAllText(file.FullName);
        var output = new ConsoleOutput();
        var session = new MontySession(limits: limits, output: output, scriptName: file.Name);
        var execution = session.Feed(source);
        output.Flush();
        switch (execution.Status)
        {
            case ExecutionStatus.Completed:
                if (showResult && execution.Result is not MontyNone) Console.WriteLine(ValueText.Repr(execution.Result!));
                return 0;
            case ExecutionStatus.Failed:
                Console.Error.Write(execution.Error!.FormattedTraceback);
                return 1;
            default:
                Console.Error.WriteLine($"monty: the script called host function '{execution.PendingCall!.FunctionName}', which this command does not provide");
                return 1;
        }
    }
}
