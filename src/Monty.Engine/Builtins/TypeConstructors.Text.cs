using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>str() and bytes().</summary>
internal static partial class TypeConstructors
{
    private static readonly string[] StrNames = ["object", "encoding", "errors"];
    private static readonly string[] BytesNames = ["source", "encoding", "errors"];

    private static PyObject StrNew(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        var p = ParseTupleAndKeywords("str", args, kwargs, StrNames);
        var obj = p[0];
        // The "s" converters check encoding and errors before anything else looks at them.
        var encoding = p[1] is null ? null : TextCodecs.ArgText("str", "encoding", p[1]!);
        var errors = p[2] is null ? null : TextCodecs.ArgText("str", "errors", p[2]!);
        if (obj is null) return PyStr.Empty;
        if (encoding is null && errors is null) return PyStr.Of(Repr.Str(obj));
        encoding ??= "utf-8";
        errors ??= "strict";
        return obj switch
        {
            PyBytes b => PyStr.Of(TextCodecs.Decode(b.Value, encoding, errors)),
            PyStr => throw PyErrors.TypeError("decoding str is not supported"),
            _ => throw PyErrors.TypeError($"decoding to str: need a bytes-like object, {obj.Type.Name} found"),
        };
    }

    private static PyObject BytesNew(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        var p = ParseTupleAndKeywords("bytes", args, kwargs, BytesNames);
        var source = p[0];
        var encoding = p[1] is null ? null : TextCodecs.ArgText("bytes", "encoding", p[1]!);
        var errors = p[2] is null ? null : TextCodecs.ArgText("bytes", "errors", p[2]!);
        if (source is null)
        {
            if (encoding is not null || errors is not null)
                throw PyErrors.TypeError(encoding is not null ? "encoding without a string argument" : "errors without a string argument");
            return PyBytes.Empty;
        }
        if (source is PyStr s)
        {
            if (encoding is null) throw PyErrors.TypeError("string argument without an encoding");
            var encoded = TextCodecs.Encode(s.Value, encoding, errors ?? "strict");
            Budget.ChargeString(encoded.Length);
            return new PyBytes(encoded);
        }
        if (encoding is not null) throw PyErrors.TypeError("encoding without a string argument");
        if (errors is not null) throw PyErrors.TypeError("errors without a string argument");
        switch (source)
        {
            case PyBytes b:
                return b;
            case PyInt n:
                if (n.Value < 0) throw PyErrors.ValueError("negative count");
                Budget.ChargeString(n.Value);
                return new PyBytes(new byte[n.Value]);
            case PyBigInt big:
                if (big.Value.Sign < 0) throw PyErrors.ValueError("negative count");
                throw PyErrors.OverflowError("cannot fit 'int' into an index-sized integer");
            case PyFloat or PySingleton:
                throw PyErrors.TypeError($"cannot convert '{source.Type.Name}' object to bytes");
        }
        if (!Iteration.IsNative(source) && source is not PyGenerator && source.Type.Lookup("__iter__") is null)
            throw PyErrors.TypeError($"cannot convert '{source.Type.Name}' object to bytes");
        var items = Iteration.AsReadOnlyList(source);
        Budget.ChargeString(items.Count);
        var result = new byte[items.Count];
        for (var i = 0; i < items.Count; i++) result[i] = NumberMethods.ByteValue(items[i]);
        return new PyBytes(result);
    }

    /// <summary>PyArg_ParseTupleAndKeywords wording for str() and bytes() (all optional).</summary>
    private static PyObject?[] ParseTupleAndKeywords(string fname, PyObject[] args, KeywordArgs? kwargs, string[] names)
    {
        var total = args.Length + (kwargs?.Count ?? 0);
        if (total > names.Length) throw PyErrors.TypeError($"{fname}() takes at most {names.Length} arguments ({total} given)");
        var values = new PyObject?[names.Length];
        for (var i = 0; i < args.Length; i++) values[i] = args[i];
        if (kwargs is null) return values;
        for (var k = 0; k < kwargs.Count; k++)
        {
            var index = Array.IndexOf(names, kwargs.Names[k]);
            if (index < 0) throw PyErrors.TypeError($"'{kwargs.Names[k]}' is an invalid keyword argument for {fname}()");
            if (index < args.Length)
                throw PyErrors.TypeError($"argument for {fname}() given by name ('{names[index]}') and position ({index + 1})");
            values[index] = kwargs.Values[k];
        }
        return values;
    }
}
