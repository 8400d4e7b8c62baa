using Monty.Engine.Builtins;
using Monty.Engine.Formatting;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Json;

/// <summary>json.JSONDecodeError: a ValueError subclass carrying msg, doc, pos, lineno and colno,
/// whose message ends in "line X column Y (char Z)" with code point positions.</summary>
internal static class JsonErrors
{
    public static readonly PyType DecodeErrorType = CreateType();

    private static PyType CreateType()
    {
        var type = new PyType("JSONDecodeError", ExceptionTypes.ValueError) { Module = "json.decoder" };
        type.Constructor = Construct;
        return type;
    }

    private static PyObject Construct(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        var values = MethodArgs.Parse("JSONDecodeError", args, 0, kwargs, ["msg", "doc", "pos"], 3, 3);
        if (values[1] is not PyStr doc) throw PyErrors.TypeError($"must be str, not {values[1]!.Type.Name}");
        var pos = Numbers.ToIndex(values[2]!);
        return Create(type, values[0]!, doc.Value, (int)Math.Clamp(pos, 0, doc.Length));
    }

    /// <summary>The exception for a parse error at UTF-16 offset <paramref name="offset"/> of <paramref name="doc"/>.</summary>
    public static PyException Decode(string message, string doc, int offset)
    {
        var pos = PyText.CodePointIndex(doc, offset);
        return new PyException(Create(DecodeErrorType, PyStr.Of(message), doc, pos));
    }

    private static PyBaseException Create(PyType type, PyObject msg, string doc, int pos)
    {
        var docStr = PyStr.Of(doc);
        var offset = docStr.OffsetOf(pos);
        var lineno = 1;
        var lastNewline = -1;
        for (var i = 0; i < offset; i++)
        {
            if (doc[i] != '\n') continue;
            lineno++;
            lastNewline = i;
        }
        var colno = lastNewline < 0 ? pos + 1 : pos - PyText.CodePointIndex(doc, lastNewline);
        var text = $"{Repr.Str(msg)}: line {lineno} column {colno} (char {pos})";
        var exc = new PyBaseException(type, PyTuple.Of(PyStr.Of(text)))
        {
            Dict = new Dictionary<string, PyObject>(StringComparer.Ordinal)
            {
                ["msg"] = msg,
                ["doc"] = docStr,
                ["pos"] = PyInt.Get(pos),
                ["lineno"] = PyInt.Get(lineno),
                ["colno"] = PyInt.Get(colno),
            },
        };
        return exc;
    }
}
