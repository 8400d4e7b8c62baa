using Monty.Engine;

namespace Monty.Cli.Backends;

/// <summary>How one snippet ended: its value, or the traceback to print (exit status 1).</summary>
internal sealed record FeedOutcome(MontyValue? Value, string? Traceback)
{
    public static FeedOutcome Completed(MontyValue value) => new(value, null);

    public static FeedOutcome Failed(string traceback) => new(null, traceback);
}
