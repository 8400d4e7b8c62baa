using Monty.Engine;

namespace Monty.Cli.Repl;

/// <summary>Decides, as Python's interactive prompt does, whether the lines typed so far form a
/// complete snippet or need more ("... " prompt).</summary>
internal static class InputCompleteness
{
    // Syntax errors that only mean "the input stops too early".
    private static readonly string[] Unfinished =
    [
        "was never closed", "unterminated triple-quoted string", "expected an indented block", "unexpected EOF",
    ];

    public static bool NeedsMore(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0) return false;
        // A compound statement (if/def/for... or a decorator) ends only with an empty line.
        var first = lines[0].TrimEnd();
        var compound = StripComment(first).TrimEnd().EndsWith(':') || first.TrimStart().StartsWith('@');
        if (compound) return lines[^1].Trim().Length > 0;
        if (lines[^1].TrimEnd().EndsWith('\\')) return true;
        try
        {
            MontyProgram.Compile(string.Join('\n', lines) + "\n", "<stdin>");
            return false;
        }
        catch (MontySyntaxException e)
        {
            return Unfinished.Any(u => e.Error.Message.Contains(u, StringComparison.Ordinal));
        }
    }

    /// <summary>The line without a trailing comment (a '#' outside quotes; good enough for a prompt).</summary>
    private static string StripComment(string line)
    {
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is null && c == '#') return line[..i];
            if (c is '\'' or '"') quote = quote == c ? null : quote ?? c;
        }
        return line;
    }
}
