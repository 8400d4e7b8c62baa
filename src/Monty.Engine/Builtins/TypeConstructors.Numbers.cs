using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>int() and float().</summary>
internal static partial class TypeConstructors
{
    private static PyObject IntNew(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        PyObject? x = args.Length > 0 ? args[0] : null;
        PyObject? baseArg = args.Length > 1 ? args[1] : null;
        var total = args.Length + (kwargs?.Count ?? 0);
        if (total > 2) throw PyErrors.TypeError($"int() takes at most 2 arguments ({total} given)");
        if (kwargs is not null)
        {
            for (var i = 0; i < kwargs.Count; i++)
            {
                if (kwargs.Names[i] != "base") throw PyErrors.TypeError($"'{kwargs.Names[i]}' is an invalid keyword argument for int()");
                if (baseArg is not null) throw PyErrors.TypeError("argument for int() given by name ('base') and position (2)");
                baseArg = kwargs.Values[i];
            }
        }
        if (x is null)
        {
            if (baseArg is not null) throw PyErrors.TypeError("int() missing string argument");
            return PyInt.Get(0);
        }
        if (baseArg is null && UserProtocol.IsUser(x))
        {
            var convert = x.Type.LookupUserSpecial("__int__") ?? x.Type.LookupUserSpecial("__index__") ?? x.Type.LookupUserSpecial("__trunc__");
            if (convert is not null) return new TailCall(convert, [x]);
        }
        if (baseArg is null) return ToInt(x);

        var b = Numbers.ToIndex(baseArg is PyBigInt ? PyInt.Get(-1) : baseArg);
        if (b != 0 && (b < 2 || b > 36)) throw PyErrors.ValueError("int() base must be >= 2 and <= 36, or 0");
        return x switch
        {
            PyStr s => ParseInt(s.Value, (int)b, x),
            PyBytes bytes => ParseInt(AsciiText(bytes.Value), (int)b, x),
            _ => throw PyErrors.TypeError("int() can't convert non-string with explicit base"),
        };
    }

    /// <summary>int(x) with no base.</summary>
    private static PyObject ToInt(PyObject x) => x switch
    {
        PyBool b => PyInt.Get(b.Value),
        PyInt or PyBigInt => x,
        PyFloat f => Numbers.FromDoubleToInt(f.Value),
        PyStr s => ParseInt(s.Value, 10, x),
        PyBytes bytes => ParseInt(AsciiText(bytes.Value), 10, x),
        PyNativeValue n when n.ToInt() is { } i => i,
        _ => throw PyErrors.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{x.Type.Name}'"),
    };

    private static PyObject ParseInt(string text, int @base, PyObject original)
    {
        if (Formatting.NumberParsing.TryParseInt(text, @base, out var value)) return PyInt.From(value);
        // CPython formats the literal with %.200R: its repr, cut at 200 characters.
        var repr = Repr.Of(original);
        if (repr.Length > 200) repr = repr[..200];
        throw PyErrors.ValueError($"invalid literal for int() with base {@base}: {repr}");
    }

    /// <summary>Bytes as text for parsing: non-ASCII bytes become a character that never parses.</summary>
    private static string AsciiText(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++) chars[i] = bytes[i] < 128 ? (char)bytes[i] : '\uFFFF';
        return new string(chars);
    }

    private static PyObject FloatNew(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("float", kwargs);
        MethodArgs.PositionalNoSelf("float", args, 0, 1);
        if (args.Length == 0) return PyFloat.Zero;
        var x = args[0];
        if (UserProtocol.IsUser(x) && (x.Type.LookupUserSpecial("__float__") ?? x.Type.LookupUserSpecial("__index__")) is { } convert)
            return new TailCall(convert, [x]);
        switch (x)
        {
            case PyFloat:
                return x;
            case PyInt or PyBigInt:
                Numbers.TryGetDouble(x, out var d);
                return new PyFloat(d);
            case PyStr s:
                return ParseFloat(s.Value, x);
            case PyBytes b:
                return ParseFloat(AsciiText(b.Value), x);
            case PyNativeValue n when n.ToFloat() is { } f:
                return f;
            default:
                throw PyErrors.TypeError($"float() argument must be a string or a real number, not '{x.Type.Name}'");
        }
    }

    private static PyObject ParseFloat(string text, PyObject original)
    {
        if (Formatting.NumberParsing.TryParseFloat(text, out var value)) return new PyFloat(value);
        throw PyErrors.ValueError($"could not convert string to float: {Repr.Of(original)}");
    }
}
