using Monty.Cli.Backends;
using Monty.Engine;

namespace Monty.Cli.Repl;

/// <summary>The interactive loop: read a complete snippet (">>> " then "... "), run it in the
/// session, echo the repr of an expression's value like Python, print tracebacks and go on.</summary>
internal sealed class ReplLoop(IScriptBackend backend, LineEditor editor, List<string> history, string? historyFile)
{
    private static readonly Dictionary<string, System.Text.Json.JsonElement> NoInputs = [];

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (editor.Interactive)
        {
            Console.WriteLine("Monty (Python 3.11 subset). Ctrl+D to exit.");
        }
        while (!cancellationToken.IsCancellationRequested)
        {
            List<string> lines;
            try
            {
                if (ReadSnippet() is not { } read) return 0;
                lines = read;
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine("KeyboardInterrupt");
                continue;
            }
            var code = string.Join('\n', lines).TrimEnd();
            if (code.Trim().Length == 0) continue;
            Remember(code);
            var outcome = await backend.FeedAsync(code + "\n", NoInputs, cancellationToken);
            if (outcome.Traceback is { } traceback) Console.Error.Write(traceback);
            else if (outcome.Value is { } value and not MontyNone) Console.WriteLine(ValueText.Repr(value));
        }
        return 0;
    }

    private List<string>? ReadSnippet()
    {
        var lines = new List<string>();
        while (true)
        {
            var line = editor.ReadLine(lines.Count == 0 ? ">>> " : "... ");
            if (line is null)
            {
                // End of input finishes a pending block, as when piping a file into python3 -i.
                return lines.Count == 0 ? null : lines;
            }
            lines.Add(line);
            if (!InputCompleteness.NeedsMore(lines)) return lines;
        }
    }

    private void Remember(string code)
    {
        foreach (var line in code.Split('\n'))
        {
            if (line.Trim().Length == 0 || (history.Count > 0 && history[^1] == line)) continue;
            history.Add(line);
            if (historyFile is null) continue;
            try
            {
                File.AppendAllText(historyFile, line + "\n");
            }
            catch (IOException)
            {
                // History is a convenience: a read-only home directory must not stop the session.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
