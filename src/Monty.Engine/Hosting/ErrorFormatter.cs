using System.Text;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Hosting;

/// <summary>Turns an engine exception into a host error with CPython-style traceback text,
/// including chained causes and contexts.</summary>
internal static class ErrorFormatter
{
    private const int MaxChain = 20;

    public static MontyError ToError(PyBaseException exc)
    {
        var sb = new StringBuilder();
        AppendChain(sb, exc, 0, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
        return new MontyError(exc.ExceptionType.QualifiedName, SafeStr(exc), Frames(exc))
        {
            LimitKind = exc.LimitKind,
            QualifiedTypeName = TracebackTypeName(exc.ExceptionType),
            FormattedTraceback = sb.ToString(),
        };
    }

    /// <summary>The type as a traceback's last line names it: module-qualified except for builtins
    /// and classes of the script itself ("decimal.InvalidOperation", "asyncio.exceptions.CancelledError").</summary>
    private static string TracebackTypeName(PyType type)
    {
        if (AsyncTypes.ModuleOf(type) is { } module) return $"{module}.{type.QualifiedName}";
        if (!type.IsBuiltin && type.ModuleName is not ("__main__" or "builtins")) return $"{type.ModuleName}.{type.QualifiedName}";
        return type.QualifiedName;
    }

    private static void AppendChain(StringBuilder sb, PyBaseException exc, int depth, HashSet<PyBaseException> seen)
    {
        seen.Add(exc);
        if (depth < MaxChain)
        {
            if (exc.Cause is { } cause && !seen.Contains(cause))
            {
                AppendChain(sb, cause, depth + 1, seen);
                sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
            }
            else if (exc.Context is { } context && !exc.SuppressContext && !seen.Contains(context))
            {
                AppendChain(sb, context, depth + 1, seen);
                sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        var frames = Frames(exc);
        if (frames.Count > 0)
        {
            sb.Append("Traceback (most recent call last):\n");
            foreach (var f in frames)
            {
                sb.Append("  File \"").Append(f.FileName).Append("\", line ").Append(f.Line).Append(", in ").Append(f.FunctionName).Append('\n');
                if (!string.IsNullOrWhiteSpace(f.SourceLine)) AppendSourceLine(sb, f);
            }
        }
        var message = SafeStr(exc);
        sb.Append(TracebackTypeName(exc.ExceptionType));
        if (message.Length > 0) sb.Append(": ").Append(message);
        sb.Append('\n');
    }

    /// <summary>The source line, and carets under the failing expression when it is only part
    /// of the line (CPython 3.11 style, without the operator-specific ~ marks).</summary>
    private static void AppendSourceLine(StringBuilder sb, TracebackFrame f)
    {
        var line = f.SourceLine!;
        var trimmed = line.Trim();
        var indent = line.Length - line.TrimStart().Length;
        sb.Append("    ").Append(trimmed).Append('\n');
        if (f.EndLine != f.Line || f.EndColumn <= f.Column) return;
        var start = PyColumnToIndex(line, f.Column) - indent;
        var end = PyColumnToIndex(line, f.EndColumn) - indent;
        if (start < 0 || end > trimmed.Length || (start == 0 && end == trimmed.Length)) return;
        sb.Append("    ").Append(' ', start).Append('^', Math.Max(1, end - start)).Append('\n');
    }

    /// <summary>Columns count code points; the line is UTF-16.</summary>
    private static int PyColumnToIndex(string line, int column)
    {
        var index = 0;
        for (var cp = 0; cp < column && index < line.Length; cp++)
            index += char.IsHighSurrogate(line[index]) && index + 1 < line.Length ? 2 : 1;
        return index;
    }

    public static List<TracebackFrame> Frames(PyBaseException exc)
    {
        var frames = new List<TracebackFrame>(exc.Traceback.Count);
        for (var i = exc.Traceback.Count - 1; i >= 0; i--)
        {
            var entry = exc.Traceback[i];
            var code = entry.Code;
            if (code.FileName == "<prelude>") continue;
            var span = entry.Instruction >= 0 && entry.Instruction < code.Spans.Length ? code.Spans[entry.Instruction] : default;
            var line = span.Line > 0 && span.Line <= code.SourceLines.Length ? code.SourceLines[span.Line - 1].TrimEnd('\r') : null;
            frames.Add(new TracebackFrame(code.FileName, span.Line, span.Column, span.EndLine, span.EndColumn, code.Name, line));
        }
        return frames;
    }

    private static string SafeStr(PyBaseException exc)
    {
        try
        {
            return ExceptionText.Str(exc);
        }
        catch (PyException)
        {
            return "<exception str() failed>";
        }
    }

    public static MontyError FromSyntaxError(Parsing.SyntaxErrorException e, string fileName, string source)
    {
        var lines = source.Split('\n');
        var line = e.Span.Line;
        var text = line > 0 && line <= lines.Length ? lines[line - 1].TrimEnd('\r') : null;
        var sb = new StringBuilder();
        sb.Append("  File \"").Append(fileName).Append("\", line ").Append(line).Append('\n');
        if (text is not null)
        {
            var trimmed = text.TrimStart();
            sb.Append("    ").Append(trimmed.TrimEnd()).Append('\n');
            var caret = Math.Max(0, e.Span.Column - (text.Length - trimmed.Length));
            sb.Append("    ").Append(' ', caret).Append("^\n");
        }
        sb.Append(e.PythonType).Append(": ").Append(e.Message).Append('\n');
        var frame = new TracebackFrame(fileName, line, e.Span.Column, e.Span.EndLine, e.Span.EndColumn, "<module>", text);
        return new MontyError(e.PythonType, e.Message, [frame]) { FormattedTraceback = sb.ToString() };
    }
}
