using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

internal static partial class BytesMethods
{
    private static readonly string[] SplitKeywords = ["sep", "maxsplit"];
    private static readonly string[] SplitLinesKeywords = ["keepends"];

    private static PyObject Split(PyObject[] args, KeywordArgs? kwargs) => SplitImpl(args, kwargs, "split", reverse: false);

    private static PyObject RSplit(PyObject[] args, KeywordArgs? kwargs) => SplitImpl(args, kwargs, "rsplit", reverse: true);

    private static PyObject SplitImpl(PyObject[] args, KeywordArgs? kwargs, string name, bool reverse)
    {
        var self = Self(args, name);
        Span<PyObject?> values = [null, null];
        TextArgs.Keywords(name, args, kwargs, SplitKeywords, values);
        var sep = values[0] is { } s && !ReferenceEquals(s, PySingleton.None) ? BytesArg(s) : null;
        var max = values[1] is { } m ? TextArgs.Ssize(m) : -1;
        if (max < 0) max = long.MaxValue;
        var result = new List<PyObject>();
        var value = self.Value;
        if (sep is not null)
        {
            if (sep.Length == 0) throw PyErrors.ValueError("empty separator");
            if (reverse)
            {
                var j = value.Length;
                while (max-- > 0)
                {
                    var at = value.AsSpan(0, j).LastIndexOf(sep);
                    if (at < 0) break;
                    AddPiece(result, Slice(self, at + sep.Length, j));
                    j = at;
                }
                AddPiece(result, Slice(self, 0, j));
                result.Reverse();
            }
            else
            {
                var i = 0;
                while (max-- > 0)
                {
                    var at = value.AsSpan(i).IndexOf(sep);
                    if (at < 0) break;
                    AddPiece(result, Slice(self, i, i + at));
                    i += at + sep.Length;
                }
                AddPiece(result, Slice(self, i, value.Length));
            }
        }
        else if (reverse)
        {
            var i = value.Length - 1;
            while (max-- > 0)
            {
                while (i >= 0 && IsWhite(value[i])) i--;
                if (i < 0) break;
                var j = i--;
                while (i >= 0 && !IsWhite(value[i])) i--;
                AddPiece(result, Slice(self, i + 1, j + 1));
            }
            if (i >= 0)
            {
                while (i >= 0 && IsWhite(value[i])) i--;
                if (i >= 0) AddPiece(result, Slice(self, 0, i + 1));
            }
            result.Reverse();
        }
        else
        {
            int i = 0, n = value.Length;
            while (max-- > 0)
            {
                while (i < n && IsWhite(value[i])) i++;
                if (i == n) break;
                var j = i++;
                while (i < n && !IsWhite(value[i])) i++;
                AddPiece(result, Slice(self, j, i));
            }
            if (i < n)
            {
                while (i < n && IsWhite(value[i])) i++;
                if (i != n) AddPiece(result, Slice(self, i, n));
            }
        }
        Budget.ChargeContainer(result.Count);
        return new PyList(result);
    }

    private static void AddPiece(List<PyObject> result, PyBytes piece)
    {
        result.Add(piece);
        if ((result.Count & 0xFFF) == 0) Budget.CheckTime(); // millions of pieces must honour the time limit
    }

    private static PyObject SplitLines(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "splitlines");
        Span<PyObject?> values = [null];
        TextArgs.Keywords("splitlines", args, kwargs, SplitLinesKeywords, values);
        var keepEnds = values[0] is { } k && TextArgs.CInt(k) != 0;
        var value = self.Value;
        var result = new List<PyObject>();
        int i = 0, j = 0, n = value.Length;
        while (i < n)
        {
            while (i < n && value[i] is not ((byte)'\n' or (byte)'\r')) i++;
            var eol = i;
            if (i < n)
            {
                i += value[i] == '\r' && i + 1 < n && value[i + 1] == '\n' ? 2 : 1;
                if (keepEnds) eol = i;
            }
            AddPiece(result, Slice(self, j, eol));
            j = i;
        }
        Budget.ChargeContainer(result.Count);
        return new PyList(result);
    }

    private static PyObject Join(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "join");
        var items = StrMethods.JoinItems(TextArgs.One("bytes", "join", args, kwargs));
        var count = items.Count;
        var sep = self.Value;
        long total = count == 0 ? 0 : (long)sep.Length * (count - 1);
        for (var i = 0; i < count; i++)
        {
            if (items[i] is not PyBytes item)
                throw PyErrors.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found");
            total += item.Value.Length;
        }
        if (count == 1) return items[0];
        if (total == 0) return PyBytes.Empty;
        Budget.ChargeString(total);
        var result = new byte[total];
        var w = 0;
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                sep.CopyTo(result, w);
                w += sep.Length;
            }
            var item = ((PyBytes)items[i]).Value;
            item.CopyTo(result, w);
            w += item.Length;
        }
        return new PyBytes(result);
    }

    private static PyObject Strip(PyObject[] args, KeywordArgs? kwargs) => StripImpl(args, kwargs, "strip", left: true, right: true);

    private static PyObject LStrip(PyObject[] args, KeywordArgs? kwargs) => StripImpl(args, kwargs, "lstrip", left: true, right: false);

    private static PyObject RStrip(PyObject[] args, KeywordArgs? kwargs) => StripImpl(args, kwargs, "rstrip", left: false, right: true);

    private static PyObject StripImpl(PyObject[] args, KeywordArgs? kwargs, string name, bool left, bool right)
    {
        var self = Self(args, name);
        TextArgs.Positional("bytes", name, args, kwargs, 0, 1);
        var chars = args.Length > 1 && !ReferenceEquals(args[1], PySingleton.None) ? BytesArg(args[1]) : null;
        var value = self.Value;
        int from = 0, to = value.Length;
        if (chars is null)
        {
            if (left) while (from < to && IsWhite(value[from])) from++;
            if (right) while (to > from && IsWhite(value[to - 1])) to--;
        }
        else
        {
            var set = chars.AsSpan();
            if (left) while (from < to && set.Contains(value[from])) from++;
            if (right) while (to > from && set.Contains(value[to - 1])) to--;
        }
        return Slice(self, from, to);
    }
}
