using System.Globalization;
using System.Numerics;
using System.Text;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>repr() and str() of builtin values. Containers guard against self-reference
/// (printed as [...]) and bound their nesting depth.</summary>
internal static class Repr
{
    public static string Of(PyObject o)
    {
        var sb = new StringBuilder();
        Append(sb, o, 0);
        return sb.ToString();
    }

    public static string Str(PyObject o) => o switch
    {
        PyStr s => s.Value,
        _ when UserProtocol.IsUser(o) && o.Type.LookupUserSpecial("__str__") is not null => UserProtocol.Str(o),
        _ when UserProtocol.IsUser(o) && o.Type.LookupUserSpecial("__repr__") is not null => UserProtocol.Repr(o),
        PyBaseException e => ExceptionText.Str(e),
        PyNativeValue n => n.StrText(),
        _ => Of(o),
    };

    /// <summary>The builtin type's own repr, even when o's class overrides __repr__: what
    /// dict.__repr__(self) gives inside a dict subclass's __repr__.</summary>
    public static string OfBuiltin(PyObject o)
    {
        var sb = new StringBuilder();
        AppendBuiltin(sb, o, 0);
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, PyObject o, int depth)
    {
        if (UserProtocol.IsUser(o) && o.Type.LookupUserSpecial("__repr__") is not null)
        {
            sb.Append(UserProtocol.Repr(o));
            return;
        }
        AppendBuiltin(sb, o, depth);
    }

    private static void AppendBuiltin(StringBuilder sb, PyObject o, int depth)
    {
        switch (o)
        {
            case PyStr s:
                AppendStr(sb, s.Value);
                return;
            case PyBool b:
                sb.Append(b.Value != 0 ? "True" : "False");
                return;
            case PyInt i:
                sb.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                return;
            case PyBigInt big:
                sb.Append(BigToString(big.Value));
                return;
            case PyFloat f:
                sb.Append(Formatting.FloatRepr.Repr(f.Value));
                return;
            case PySingleton s:
                sb.Append(s.Name);
                return;
            case PyList l:
                AppendItems(sb, o, l.Items, "[", "]", depth);
                return;
            case PyTuple t:
                AppendItems(sb, o, t.Items, "(", t.Items.Length == 1 ? ",)" : ")", depth);
                return;
            case PyDict d:
                AppendDict(sb, d, depth);
                return;
            case PySet set:
                AppendSet(sb, set, depth);
                return;
            case PyBytes bytes:
                AppendBytes(sb, bytes.Value);
                return;
            case PyRange r:
                sb.Append("range(").Append(r.Start).Append(", ").Append(r.Stop);
                if (r.Step != 1) sb.Append(", ").Append(r.Step);
                sb.Append(')');
                return;
            case PySlice sl:
                // Slices can nest (slice(slice(...))), so they count towards the depth bound.
                Depth.Enter(ref depth, "while getting the repr of an object");
                sb.Append("slice(");
                Append(sb, sl.Start, depth);
                sb.Append(", ");
                Append(sb, sl.Stop, depth);
                sb.Append(", ");
                Append(sb, sl.Step, depth);
                sb.Append(')');
                return;
            case DictView view:
                AppendView(sb, view, depth);
                return;
            case PyNativeValue n:
                sb.Append(n.ReprText());
                return;
            case PyBaseException e:
                AppendException(sb, e, depth);
                return;
            default:
                sb.Append(ObjectRepr(o));
                return;
        }
    }

    public static string BuiltinExceptionRepr(PyBaseException e)
    {
        var sb = new StringBuilder();
        AppendException(sb, e, 0);
        return sb.ToString();
    }

    private static void AppendException(StringBuilder sb, PyBaseException e, int depth)
    {
        sb.Append(e.ExceptionType.Name);
        if (e.Args.Count == 1)
        {
            sb.Append('(');
            Append(sb, e.Args.Items[0], depth + 1);
            sb.Append(')');
        }
        else
        {
            Append(sb, e.Args, depth + 1);
        }
    }

    /// <summary>The angle-bracket repr of objects without a literal form.</summary>
    public static string ObjectRepr(PyObject o) => o switch
    {
        PyType t => t.IsBuiltin ? $"<class '{t.QualifiedName}'>" : $"<class '{t.ModuleName}.{t.QualName}'>",
        PyInstance => Builtins.ObjectMethods.DefaultRepr(o),
        PyGenericAlias or PyUnionType => TypeAnnotations.Repr(o),
        PyProperty => $"<property object at {Address(o)}>",
        PyFunction f => $"<function {f.QualName} at {Address(f)}>",
        PyBuiltinFunction b when b.OwnerType is not null => $"<method '{b.Name}' of '{b.OwnerType}' objects>",
        PyBuiltinFunction b => $"<built-in function {b.Name}>",
        PyHostFunction h => $"<host function {h.Name}>",
        PyBoundMethod { Function: PyBuiltinFunction bf } m =>
            $"<built-in method {bf.Name} of {m.Self.Type.Name} object at {Address(m.Self)}>",
        PyBoundMethod { Function: PyFunction fn } m => $"<bound method {fn.QualName} of {Of(m.Self)}>",
        PyGenerator g => $"<{g.Type.Name} object {g.QualName} at {Address(g)}>",
        PyFuture f => Modules.Asyncio.FutureMethods.Repr(f),
        PyModule m => $"<module '{m.Name}' (built-in)>",
        PyCell c => $"<cell at {Address(c)}>",
        INativeRepr native => native.Repr(),
        _ => $"<{o.Type.Name} object at {Address(o)}>",
    };

    public static string Address(PyObject o) => "0x" + ObjectIds.Of(o).ToString("x", CultureInfo.InvariantCulture);

    /// <summary>str(int) for big ints; the formatting library enforces CPython's digit limit.</summary>
    public static string BigToString(BigInteger value)
    {
        try
        {
            return Formatting.IntText.ToDecimalString(value);
        }
        catch (Formatting.FormattingException e)
        {
            throw StringFormatting.Convert(e);
        }
    }

    private static void AppendItems(StringBuilder sb, PyObject self, IReadOnlyList<PyObject> items, string open, string close, int depth)
    {
        if (items.Count == 0)
        {
            sb.Append(open).Append(close == ",)" ? ")" : close);
            return;
        }
        if (!ReprGuard.Enter(self))
        {
            sb.Append(open == "[" ? "[...]" : "(...)");
            return;
        }
        try
        {
            Depth.Enter(ref depth, "while getting the repr of an object");
            sb.Append(open);
            for (var i = 0; i < items.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                Append(sb, items[i], depth);
            }
            sb.Append(close);
        }
        finally
        {
            ReprGuard.Exit(self);
        }
    }

    private static void AppendDict(StringBuilder sb, PyDict d, int depth)
    {
        if (d.Count == 0)
        {
            sb.Append("{}");
            return;
        }
        if (!ReprGuard.Enter(d))
        {
            sb.Append("{...}");
            return;
        }
        try
        {
            Depth.Enter(ref depth, "while getting the repr of an object");
            sb.Append('{');
            var first = true;
            foreach (var kv in d.Table.Entries())
            {
                if (!first) sb.Append(", ");
                first = false;
                Append(sb, kv.Key, depth);
                sb.Append(": ");
                Append(sb, kv.Value, depth);
            }
            sb.Append('}');
        }
        finally
        {
            ReprGuard.Exit(d);
        }
    }

    /// <summary>dict_keys(['a']), dict_values([1]), dict_items([('a', 1)]).</summary>
    private static void AppendView(StringBuilder sb, DictView view, int depth)
    {
        var items = new List<PyObject>(view.Dict.Count);
        var it = view.Iterate();
        while (it.Next() is { } item) items.Add(item);
        sb.Append(view.Type.Name).Append('(');
        AppendItems(sb, view, items, "[", "]", depth);
        sb.Append(')');
    }

    private static void AppendSet(StringBuilder sb, PySet set, int depth)
    {
        var name = set.Frozen ? "frozenset" : "set";
        if (set.Count == 0)
        {
            sb.Append(name).Append("()");
            return;
        }
        if (!ReprGuard.Enter(set))
        {
            sb.Append(name).Append("(...)");
            return;
        }
        try
        {
            Depth.Enter(ref depth, "while getting the repr of an object");
            if (set.Frozen) sb.Append("frozenset(");
            sb.Append('{');
            var first = true;
            foreach (var kv in set.Table.Entries())
            {
                if (!first) sb.Append(", ");
                first = false;
                Append(sb, kv.Key, depth);
            }
            sb.Append('}');
            if (set.Frozen) sb.Append(')');
        }
        finally
        {
            ReprGuard.Exit(set);
        }
    }

    public static string StrRepr(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        AppendStr(sb, s);
        return sb.ToString();
    }

    public static void AppendStr(StringBuilder sb, string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        sb.Append(quote);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '\\': sb.Append("\\\\"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
            }
            if (c == quote)
            {
                sb.Append('\\').Append(c);
                continue;
            }
            if (c >= 0x20 && c < 0x7F)
            {
                sb.Append(c);
                continue;
            }
            int cp = c;
            var width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
                width = 2;
            }
            if (IsPrintable(cp)) sb.Append(s, i, width);
            else if (cp < 0x100) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
            i += width - 1;
        }
        sb.Append(quote);
    }

    /// <summary>Python's str.isprintable for one code point (CPython 3.11's Unicode data).</summary>
    public static bool IsPrintable(int cp) => cp is >= 0x20 and < 0x7F || UnicodeInfo.Has(cp, UnicodeInfo.Printable);

    public static string BytesRepr(byte[] b)
    {
        var sb = new StringBuilder(b.Length + 3);
        AppendBytes(sb, b);
        return sb.ToString();
    }

    private static void AppendBytes(StringBuilder sb, byte[] b)
    {
        var quote = Array.IndexOf(b, (byte)'\'') >= 0 && Array.IndexOf(b, (byte)'"') < 0 ? '"' : '\'';
        sb.Append('b').Append(quote);
        foreach (var c in b)
        {
            switch (c)
            {
                case (byte)'\\': sb.Append("\\\\"); continue;
                case (byte)'\n': sb.Append("\\n"); continue;
                case (byte)'\r': sb.Append("\\r"); continue;
                case (byte)'\t': sb.Append("\\t"); continue;
            }
            if (c == quote) sb.Append('\\').Append((char)c);
            else if (c >= 0x20 && c < 0x7F) sb.Append((char)c);
            else sb.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
        }
        sb.Append(quote);
    }

    /// <summary>ascii(): repr with every non-ASCII code point escaped.</summary>
    public static string Ascii(PyObject o)
    {
        var r = Of(o);
        var sb = new StringBuilder(r.Length);
        for (var i = 0; i < r.Length; i++)
        {
            var c = r[i];
            if (c < 0x80)
            {
                sb.Append(c);
                continue;
            }
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < r.Length && char.IsLowSurrogate(r[i + 1])) cp = char.ConvertToUtf32(c, r[++i]);
            if (cp < 0x100) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
