using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

internal static partial class BytesMethods
{
    private static readonly string[] ExpandTabsKeywords = ["tabsize"];

    private static PyObject Center(PyObject[] args, KeywordArgs? kwargs) => Pad(args, kwargs, "center");

    private static PyObject LJust(PyObject[] args, KeywordArgs? kwargs) => Pad(args, kwargs, "ljust");

    private static PyObject RJust(PyObject[] args, KeywordArgs? kwargs) => Pad(args, kwargs, "rjust");

    private static PyObject Pad(PyObject[] args, KeywordArgs? kwargs, string name)
    {
        var self = Self(args, name);
        TextArgs.Positional("bytes", name, args, kwargs, 1, 2);
        var width = TextArgs.Ssize(args[1]);
        byte fill = (byte)' ';
        if (args.Length > 2)
        {
            if (args[2] is not PyBytes { Value.Length: 1 } f)
                throw PyErrors.TypeError($"{name}() argument 2 must be a byte string of length 1, not {TextArgs.TypeName(args[2])}");
            fill = f.Value[0];
        }
        var value = self.Value;
        var len = value.Length;
        if (width <= len) return self;
        var marg = width - len;
        var left = name switch
        {
            "ljust" => 0,
            "rjust" => marg,
            _ => marg / 2 + (marg & width & 1),
        };
        Budget.ChargeString(width);
        var result = new byte[width];
        result.AsSpan(0, (int)left).Fill(fill);
        value.CopyTo(result, left);
        result.AsSpan((int)(left + len)).Fill(fill);
        return new PyBytes(result);
    }

    private static PyObject ZFill(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "zfill");
        var width = TextArgs.Ssize(TextArgs.One("bytes", "zfill", args, kwargs));
        var value = self.Value;
        if (width <= value.Length) return self;
        var zeros = (int)(width - value.Length);
        Budget.ChargeString(width);
        var result = new byte[width];
        result.AsSpan(0, zeros).Fill((byte)'0');
        value.CopyTo(result, zeros);
        if (value.Length > 0 && value[0] is (byte)'+' or (byte)'-')
        {
            result[0] = value[0];
            result[zeros] = (byte)'0';
        }
        return new PyBytes(result);
    }

    private static PyObject ExpandTabs(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "expandtabs");
        Span<PyObject?> values = [null];
        TextArgs.Keywords("expandtabs", args, kwargs, ExpandTabsKeywords, values);
        var tabSize = values[0] is { } t ? TextArgs.CInt(t) : 8;
        var value = self.Value;
        long length = 0, column = 0;
        foreach (var b in value)
        {
            if (b == '\t')
            {
                if (tabSize <= 0) continue;
                var incr = tabSize - column % tabSize;
                length += incr;
                column += incr;
                continue;
            }
            length++;
            column = b is (byte)'\n' or (byte)'\r' ? 0 : column + 1;
        }
        Budget.ChargeString(length);
        var result = new byte[length];
        var w = 0;
        column = 0;
        foreach (var b in value)
        {
            if (b == '\t')
            {
                if (tabSize <= 0) continue;
                var incr = (int)(tabSize - column % tabSize);
                result.AsSpan(w, incr).Fill((byte)' ');
                w += incr;
                column += incr;
                continue;
            }
            result[w++] = b;
            column = b is (byte)'\n' or (byte)'\r' ? 0 : column + 1;
        }
        return new PyBytes(result);
    }
}
