using System.Text;

namespace Monty.Cli.Repl;

/// <summary>Reads one line at a terminal with editing (arrows, Home/End, Backspace/Delete) and
/// history (Up/Down). When input is redirected it reads plain lines and shows no prompt.</summary>
internal sealed class LineEditor(List<string> history)
{
    public bool Interactive { get; } = !Console.IsInputRedirected && !Console.IsOutputRedirected;

    /// <summary>The line typed, or null at end of input (Ctrl+D on an empty line).</summary>
    /// <exception cref="OperationCanceledException">Ctrl+C: Python's KeyboardInterrupt at the prompt.</exception>
    public string? ReadLine(string prompt)
    {
        if (!Interactive) return Console.In.ReadLine();
        Console.Write(prompt);
        var line = new StringBuilder();
        var cursor = 0;
        var recalled = history.Count;
        var treatControlC = Console.TreatControlCAsInput;
        Console.TreatControlCAsInput = true;
        try
        {
            while (true)
            {
                var key = Console.ReadKey(intercept: true);
                if (key.Modifiers.HasFlag(ConsoleModifiers.Control) && key.Key == ConsoleKey.C)
                {
                    Console.WriteLine();
                    throw new OperationCanceledException();
                }
                if (key.Modifiers.HasFlag(ConsoleModifiers.Control) && key.Key == ConsoleKey.D && line.Length == 0)
                {
                    Console.WriteLine();
                    return null;
                }
                switch (key.Key)
                {
                    case ConsoleKey.Enter:
                        Console.WriteLine();
                        return line.ToString();
                    case ConsoleKey.Backspace when cursor > 0:
                        line.Remove(--cursor, 1);
                        break;
                    case ConsoleKey.Delete when cursor < line.Length:
                        line.Remove(cursor, 1);
                        break;
                    case ConsoleKey.LeftArrow when cursor > 0:
                        cursor--;
                        break;
                    case ConsoleKey.RightArrow when cursor < line.Length:
                        cursor++;
                        break;
                    case ConsoleKey.Home:
                        cursor = 0;
                        break;
                    case ConsoleKey.End:
                        cursor = line.Length;
                        break;
                    case ConsoleKey.UpArrow when recalled > 0:
                        Recall(line, history[--recalled], out cursor);
                        break;
                    case ConsoleKey.DownArrow when recalled < history.Count:
                        Recall(line, ++recalled < history.Count ? history[recalled] : "", out cursor);
                        break;
                    case ConsoleKey.Tab:
                        line.Insert(cursor, "    ");
                        cursor += 4;
                        break;
                    default:
                        if (key.KeyChar >= ' ') line.Insert(cursor++, key.KeyChar);
                        else continue;
                        break;
                }
                Redraw(prompt, line, cursor);
            }
        }
        finally
        {
            Console.TreatControlCAsInput = treatControlC;
        }
    }

    private static void Recall(StringBuilder line, string text, out int cursor)
    {
        line.Clear().Append(text);
        cursor = line.Length;
    }

    /// <summary>Rewrites the line in place with ANSI sequences: back to column 0, clear, reprint,
    /// then move the cursor left to where it belongs.</summary>
    private static void Redraw(string prompt, StringBuilder line, int cursor)
    {
        var text = new StringBuilder("\r").Append(prompt).Append(line).Append("\x1b[K");
        if (line.Length > cursor) text.Append("\x1b[").Append(line.Length - cursor).Append('D');
        Console.Write(text.ToString());
    }
}
