using Monty.Engine;

namespace Monty.Cli.Backends;

/// <summary>How one snippet ended: its value, or the text to print on stderr and the exit status.</summary>
internal sealed record FeedOutcome(MontyValue? Value, string? Traceback, int ExitCode = 1)
{
    public static FeedOutcome Completed(MontyValue value) => new(value, null, 0);

    public static FeedOutcome Failed(string traceback) => new(null, traceback);

    /// <summary>An uncaught exception. SystemExit ends quietly like CPython's interpreter: an int
    /// argument is the exit status, anything else is printed and the status is 1.</summary>
    public static FeedOutcome FromException(string pythonType, string message, string traceback)
    {
        if (pythonType != "SystemExit") return Failed(traceback);
        return int.TryParse(message, out var code) ? new(null, "", code) : new(null, message + "\n", 1);
    }
}
