using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Re;

/// <summary>re.error: raised for invalid patterns and templates, with msg, pattern, pos, lineno
/// and colno, and CPython's "... at position N (line L, column C)" text.</summary>
internal static class RegexError
{
    public static readonly PyType Type = CreateType();

    private static PyType CreateType()
    {
        var type = new PyType("error", ExceptionTypes.Exception) { Module = "re" };
        type.Constructor = Construct;
        return type;
    }

    private static PyObject Construct(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        var v = MethodArgs.Parse("error", args, 0, kwargs, ["msg", "pattern", "pos"], 3, 1);
        var pattern = v[1] is PyStr s ? s.Value : null;
        var pos = v[2] is null || ReferenceEquals(v[2], PySingleton.None) ? -1 : (int)Numbers.ToIndex(v[2]!);
        return Create(type, Repr.Str(v[0]!), pattern, pos);
    }

    /// <summary>A pattern error at code point position <paramref name="pos"/> (-1: none).</summary>
    public static PyException At(string message, string? pattern, int pos) => new(Create(Type, message, pattern, pos));

    private static PyBaseException Create(PyType type, string msg, string? pattern, int pos)
    {
        var text = msg;
        PyObject lineno = PySingleton.None, colno = PySingleton.None;
        if (pattern is not null && pos >= 0)
        {
            var offset = PyStr.Of(pattern).OffsetOf(pos);
            var line = 1;
            var lastNewline = -1;
            for (var i = 0; i < offset && i < pattern.Length; i++)
            {
                if (pattern[i] != '\n') continue;
                line++;
                lastNewline = i;
            }
            var column = pos - (lastNewline < 0 ? 0 : Formatting.PyText.CodePointIndex(pattern, lastNewline + 1)) + 1;
            text = line > 1 ? $"{msg} at position {pos} (line {line}, column {column})" : $"{msg} at position {pos}";
            lineno = PyInt.Get(line);
            colno = PyInt.Get(column);
        }
        return new PyBaseException(type, PyTuple.Of(PyStr.Of(text)))
        {
            Dict = new Dictionary<string, PyObject>(StringComparer.Ordinal)
            {
                ["msg"] = PyStr.Of(msg),
                ["pattern"] = pattern is null ? PySingleton.None : PyStr.Of(pattern),
                ["pos"] = pos < 0 ? PySingleton.None : PyInt.Get(pos),
                ["lineno"] = lineno,
                ["colno"] = colno,
            },
        };
    }
}
