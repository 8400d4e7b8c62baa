using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

internal static partial class StrMethods
{
    private static readonly string[] ExpandTabsKeywords = ["tabsize"];

    private static PyObject Center(PyObject[] args, KeywordArgs? kwargs) => Pad(args, kwargs, "center");

    private static PyObject LJust(PyObject[] args, KeywordArgs? kwargs) => Pad(args, kwargs, "ljust");

    private static PyObject RJust(PyObject[] args, KeywordArgs? kwargs) => Pad(args, kwargs, "rjust");

    private static PyObject Pad(PyObject[] args, KeywordArgs? kwargs, string name)
    {
        var self = Self(args, name);
        TextArgs.Positional("str", name, args, kwargs, 1, 2);
        var width = TextArgs.Ssize(args[1]);
        var fill = " ";
        if (args.Length > 2)
        {
            if (args[2] is not PyStr f)
                throw PyErrors.TypeError($"The fill character must be a unicode character, not {args[2].Type.Name}");
            if (f.Length != 1) throw PyErrors.TypeError("The fill character must be exactly one character long");
            fill = f.Value;
        }
        var len = self.Length;
        if (width <= len) return self;
        if (width > int.MaxValue) Budget.ChargeString(width); // refused (too large) before the size math can overflow
        var marg = width - len;
        var left = name switch
        {
            "ljust" => 0,
            "rjust" => marg,
            _ => marg / 2 + (marg & width & 1), // CPython's rounding: odd margins favour the right unless width is odd
        };
        return new PyStr(Padded(self.Value, left, marg - left, fill));
    }

    /// <summary>s with left and right copies of fill (one code point, 1 or 2 UTF-16 units) around it.</summary>
    private static string Padded(string s, long left, long right, string fill)
    {
        var total = s.Length + (left + right) * fill.Length;
        Budget.ChargeString(total);
        var buffer = new CharBuffer((int)total);
        AppendFill(ref buffer, fill, left);
        buffer.Append(s);
        AppendFill(ref buffer, fill, right);
        return FinishCharged(ref buffer);
    }

    private static void AppendFill(ref CharBuffer buffer, string fill, long count)
    {
        if (fill.Length == 1)
        {
            buffer.Append(fill[0], (int)count);
            return;
        }
        for (long i = 0; i < count; i++) buffer.Append(fill);
    }

    private static PyObject ZFill(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "zfill");
        var width = TextArgs.Ssize(TextArgs.One("str", "zfill", args, kwargs));
        var len = self.Length;
        if (width <= len) return self;
        if (width > int.MaxValue) Budget.ChargeString(width); // refused (too large) before the size math can overflow
        var s = self.Value;
        var fill = width - len;
        Budget.ChargeString(s.Length + fill);
        return new PyStr(string.Create((int)(s.Length + fill), (s, (int)fill), static (span, state) =>
        {
            var (src, zeros) = state;
            span[..zeros].Fill('0');
            src.AsSpan().CopyTo(span[zeros..]);
            // A sign stays in front of the zeros.
            if (src.Length > 0 && src[0] is '+' or '-')
            {
                span[0] = src[0];
                span[zeros] = '0';
            }
        }));
    }

    private static PyObject ExpandTabs(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "expandtabs");
        Span<PyObject?> values = [null];
        TextArgs.Keywords("expandtabs", args, kwargs, ExpandTabsKeywords, values);
        var tabSize = values[0] is { } t ? TextArgs.CInt(t) : 8;
        var s = self.Value;
        if (s.IndexOf('\t') < 0) return self;
        // First pass sizes the result so it is charged before being built; columns count code points.
        long length = 0, column = 0;
        foreach (var c in s)
        {
            if (c == '\t')
            {
                if (tabSize > 0)
                {
                    var incr = tabSize - column % tabSize;
                    length += incr;
                    column += incr;
                }
                continue;
            }
            length++;
            if (!char.IsLowSurrogate(c)) column++;
            if (c is '\n' or '\r') column = 0;
        }
        Budget.ChargeString(length);
        var buffer = new CharBuffer((int)length);
        column = 0;
        foreach (var c in s)
        {
            if (c == '\t')
            {
                if (tabSize > 0)
                {
                    var incr = tabSize - column % tabSize;
                    buffer.Append(' ', (int)incr);
                    column += incr;
                }
                continue;
            }
            buffer.Append(c);
            if (!char.IsLowSurrogate(c)) column++;
            if (c is '\n' or '\r') column = 0;
        }
        return PyStr.Of(FinishCharged(ref buffer));
    }
}
