using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

internal static partial class StrMethods
{
    private static readonly string[] EncodeKeywords = ["encoding", "errors"];

    private static PyObject Translate(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "translate");
        var table = TextArgs.One("str", "translate", args, kwargs);
        var s = self.Value;
        if (s.Length == 0) return self; // the table is only checked by its first lookup
        if (table is not (PyDict or PyList or PyTuple or PyStr or PyBytes or PyRange))
        {
            if (table.Type.Lookup("__getitem__") is not null) throw PyErrors.Unsupported("str.translate with a custom mapping type");
            throw PyErrors.TypeError($"'{table.Type.Name}' object is not subscriptable");
        }
        var buffer = new CharBuffer(s.Length);
        try
        {
            // Lookups are cached for ASCII: translate is usually applied to mostly-ASCII text.
            PyObject?[]? asciiCache = null;
            var changed = false;
            for (var i = 0; i < s.Length;)
            {
                var cp = ReadCodePoint(s, i, out var width);
                PyObject? mapped;
                if (cp < 128)
                {
                    asciiCache ??= new PyObject?[128];
                    mapped = asciiCache[cp] ??= LookupTranslation(table, cp) ?? PyStr.OfChar((char)cp);
                }
                else
                {
                    mapped = LookupTranslation(table, cp);
                }
                switch (mapped)
                {
                    case null:
                        buffer.Append(s.AsSpan(i, width));
                        break;
                    case PyStr str:
                        if (str.Value.Length != width || !str.Value.AsSpan().SequenceEqual(s.AsSpan(i, width))) changed = true;
                        buffer.Reserve(str.Value.Length);
                        buffer.Append(str.Value);
                        break;
                    case PyInt n:
                        if (n.Value is < 0 or > 0x10FFFF) throw PyErrors.ValueError("character mapping must be in range(0x110000)");
                        if (n.Value != cp) changed = true;
                        buffer.Reserve(2);
                        buffer.AppendCodePoint((int)n.Value);
                        break;
                    case PyBigInt:
                        throw PyErrors.ValueError("character mapping must be in range(0x110000)");
                    default:
                        if (ReferenceEquals(mapped, PySingleton.None))
                        {
                            changed = true;
                            break;
                        }
                        throw PyErrors.TypeError("character mapping must return integer, None or str");
                }
                i += width;
                if ((i & 0xFFFF) < width) Budget.CheckTime();
            }
            if (!changed) return self;
            return PyStr.Of(buffer.Finish());
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>table[cp], or null where Python's lookup raises LookupError (the character is kept).</summary>
    private static PyObject? LookupTranslation(PyObject table, int cp)
    {
        switch (table)
        {
            case PyDict d:
                return d.Get(PyInt.Get(cp));
            case PyList l:
                return cp < l.Count ? l.Items[cp] : null;
            case PyTuple t:
                return cp < t.Count ? t.Items[cp] : null;
            case PyStr s:
                return cp < s.Length ? s.CharAt(cp) : null;
            case PyBytes b:
                return cp < b.Value.Length ? PyInt.Get(b.Value[cp]) : null;
            default:
                var r = (PyRange)table;
                return cp < r.Length ? PyInt.Get(r.Start + cp * r.Step) : null;
        }
    }

    private static PyObject MakeTrans(PyObject[] args, KeywordArgs? kwargs)
    {
        if (kwargs is { Count: > 0 }) throw PyErrors.TypeError("str.maketrans() takes no keyword arguments");
        if (args.Length < 1) throw PyErrors.TypeError($"maketrans expected at least 1 argument, got {args.Length}");
        if (args.Length > 3) throw PyErrors.TypeError($"maketrans expected at most 3 arguments, got {args.Length}");
        var y = args.Length > 1
            ? args[1] as PyStr ?? throw PyErrors.TypeError($"maketrans() argument 2 must be str, not {TextArgs.TypeName(args[1])}")
            : null;
        var z = args.Length > 2
            ? args[2] as PyStr ?? throw PyErrors.TypeError($"maketrans() argument 3 must be str, not {TextArgs.TypeName(args[2])}")
            : null;
        var result = new PyDict();
        if (y is null)
        {
            if (args[0] is not PyDict source)
                throw PyErrors.TypeError("if you give only one argument to maketrans it must be a dict");
            foreach (var (key, value) in source.Table.Entries())
            {
                switch (key)
                {
                    case PyStr k when k.Length == 1:
                        result.Set(PyInt.Get(k.CodePointAt(0)), value);
                        break;
                    case PyStr:
                        throw PyErrors.ValueError("string keys in translate table must be of length 1");
                    case PyInt or PyBigInt:
                        result.Set(key, value);
                        break;
                    default:
                        throw PyErrors.TypeError("keys in translate table must be strings or integers");
                }
            }
        }
        else
        {
            if (args[0] is not PyStr x)
                throw PyErrors.TypeError("first maketrans argument must be a string if there is a second argument");
            if (x.Length != y.Length) throw PyErrors.ValueError("the first two maketrans arguments must have equal length");
            for (var i = 0; i < x.Length; i++) result.Set(PyInt.Get(x.CodePointAt(i)), PyInt.Get(y.CodePointAt(i)));
            if (z is not null)
                for (var i = 0; i < z.Length; i++) result.Set(PyInt.Get(z.CodePointAt(i)), PySingleton.None);
        }
        Budget.ChargeContainer(result.Count);
        return result;
    }

    private static PyObject Encode(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "encode");
        Span<PyObject?> values = [null, null];
        TextArgs.Keywords("encode", args, kwargs, EncodeKeywords, values);
        var encoding = CodecArg(values[0], "encode", "encoding") ?? "utf-8";
        var errors = CodecArg(values[1], "encode", "errors") ?? "strict";
        return new PyBytes(Codecs.Encode(self, Codecs.Lookup(encoding), errors));
    }

    /// <summary>An encoding/errors argument: "encode() argument 'encoding' must be str, not int".</summary>
    internal static string? CodecArg(PyObject? o, string method, string parameter) => o switch
    {
        null => null,
        PyStr s => s.Value,
        _ => throw PyErrors.TypeError($"{method}() argument '{parameter}' must be str, not {TextArgs.TypeName(o)}"),
    };
}
