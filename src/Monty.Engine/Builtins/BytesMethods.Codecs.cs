using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

internal static partial class BytesMethods
{
    private static readonly string[] DecodeKeywords = ["encoding", "errors"];
    private static readonly string[] HexKeywords = ["sep", "bytes_per_sep"];

    private static PyObject Decode(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "decode");
        Span<PyObject?> values = [null, null];
        TextArgs.Keywords("decode", args, kwargs, DecodeKeywords, values);
        var encoding = StrMethods.CodecArg(values[0], "decode", "encoding") ?? "utf-8";
        var errors = StrMethods.CodecArg(values[1], "decode", "errors") ?? "strict";
        return PyStr.Of(Codecs.Decode(self, Codecs.Lookup(encoding), errors));
    }

    private static PyObject Hex(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "hex");
        Span<PyObject?> values = [null, null];
        TextArgs.Keywords("hex", args, kwargs, HexKeywords, values);
        var perGroup = values[1] is { } g ? TextArgs.CInt(g) : 1;
        var sep = '\0';
        if (values[0] is { } sepObj)
        {
            switch (sepObj)
            {
                case PyStr s:
                    if (s.Length != 1) throw PyErrors.ValueError("sep must be length 1.");
                    if (s.Value[0] >= 128) throw PyErrors.ValueError("sep must be ASCII.");
                    sep = s.Value[0];
                    break;
                case PyBytes b:
                    if (b.Value.Length != 1) throw PyErrors.ValueError("sep must be length 1.");
                    if (b.Value[0] >= 128) throw PyErrors.ValueError("sep must be ASCII.");
                    sep = (char)b.Value[0];
                    break;
                default:
                    throw PyErrors.TypeError($"object of type '{sepObj.Type.Name}' has no len()");
            }
        }
        return PyStr.Of(ToHex(self.Value, sep, perGroup));
    }

    /// <summary>bytes.hex: with a separator every |perGroup| bytes, counted from the right when
    /// perGroup is positive and from the left when negative (CPython's _Py_strhex).</summary>
    private static string ToHex(byte[] value, char sep, int perGroup)
    {
        if (value.Length == 0) return string.Empty;
        var group = sep == '\0' || perGroup == 0 ? 0 : Math.Abs((long)perGroup);
        var length = value.Length * 2L + (group == 0 ? 0 : (value.Length - 1) / group);
        Budget.ChargeString(length);
        return string.Create((int)length, (value, sep, group, fromLeft: perGroup < 0), static (span, st) =>
        {
            const string digits = "0123456789abcdef";
            var w = 0;
            var n = st.value.Length;
            for (var i = 0; i < n; i++)
            {
                if (st.group > 0 && i > 0)
                {
                    // Separator before byte i when a group boundary falls there.
                    var boundary = st.fromLeft ? i % st.group == 0 : (n - i) % st.group == 0;
                    if (boundary) span[w++] = st.sep;
                }
                span[w++] = digits[st.value[i] >> 4];
                span[w++] = digits[st.value[i] & 15];
            }
        });
    }

    private static PyObject FromHex(PyObject[] args, KeywordArgs? kwargs)
    {
        if (kwargs is { Count: > 0 }) throw PyErrors.TypeError("bytes.fromhex() takes no keyword arguments");
        if (args.Length != 1) throw PyErrors.TypeError($"bytes.fromhex() takes exactly one argument ({args.Length} given)");
        if (args[0] is not PyStr str) throw PyErrors.TypeError($"fromhex() argument must be str, not {TextArgs.TypeName(args[0])}");
        var s = str.Value;
        var result = new byte[s.Length / 2];
        var n = 0;
        var i = 0;
        while (i < s.Length)
        {
            if (IsHexSpace(s[i]))
            {
                do i++;
                while (i < s.Length && IsHexSpace(s[i]));
                if (i >= s.Length) break;
            }
            var top = HexValue(s[i]);
            if (top < 0) throw BadHex(str, i);
            i++;
            var bottom = i < s.Length ? HexValue(s[i]) : -1;
            if (bottom < 0) throw BadHex(str, i);
            i++;
            result[n++] = (byte)((top << 4) | bottom);
        }
        if (n == 0) return PyBytes.Empty;
        Budget.ChargeString(n);
        return new PyBytes(n == result.Length ? result : result.AsSpan(0, n).ToArray());
    }

    /// <summary>Whitespace between hex pairs (ASCII only).</summary>
    private static bool IsHexSpace(char c) => c == ' ' || (uint)(c - 9) <= 4;

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static PyException BadHex(PyStr s, int offset) =>
        PyErrors.ValueError($"non-hexadecimal number found in fromhex() arg at position {s.IndexOfOffset(offset)}");

    private static PyObject Translate(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "translate");
        var n = args.Length - 1;
        var nkw = kwargs?.Count ?? 0;
        if (n + nkw > 2) throw PyErrors.TypeError($"translate() takes at most 2 arguments ({n + nkw} given)");
        if (n < 1) throw PyErrors.TypeError($"translate() takes at least 1 positional argument ({n} given)");
        PyObject? deleteObj = n > 1 ? args[2] : null;
        if (kwargs is not null)
        {
            foreach (var name in kwargs.Names)
            {
                if (name != "delete") throw PyErrors.TypeError($"'{name}' is an invalid keyword argument for translate()");
                if (n > 1) throw PyErrors.TypeError("argument for translate() given by name ('delete') and position (2)");
                deleteObj = kwargs.Get(name);
            }
        }
        byte[]? table = null;
        if (!ReferenceEquals(args[1], PySingleton.None))
        {
            table = BytesArg(args[1]);
            if (table.Length != 256) throw PyErrors.ValueError("translation table must be 256 characters long");
        }
        var delete = deleteObj is null ? [] : BytesArg(deleteObj);
        Span<bool> deleted = stackalloc bool[256];
        foreach (var b in delete) deleted[b] = true;
        var value = self.Value;
        var result = new byte[value.Length];
        var w = 0;
        foreach (var b in value)
        {
            if (deleted[b]) continue;
            result[w++] = table is null ? b : table[b];
        }
        if (table is null && w == value.Length) return self;
        Budget.ChargeString(w);
        return w == 0 ? PyBytes.Empty : new PyBytes(w == result.Length ? result : result.AsSpan(0, w).ToArray());
    }

    private static PyObject MakeTrans(PyObject[] args, KeywordArgs? kwargs)
    {
        if (kwargs is { Count: > 0 }) throw PyErrors.TypeError("bytes.maketrans() takes no keyword arguments");
        if (args.Length != 2) throw PyErrors.TypeError($"maketrans expected 2 arguments, got {args.Length}");
        var from = BytesArg(args[0]);
        var to = BytesArg(args[1]);
        if (from.Length != to.Length) throw PyErrors.ValueError("maketrans arguments must have same length");
        var table = new byte[256];
        for (var i = 0; i < 256; i++) table[i] = (byte)i;
        for (var i = 0; i < from.Length; i++) table[from[i]] = to[i];
        Budget.ChargeString(256);
        return new PyBytes(table);
    }
}
