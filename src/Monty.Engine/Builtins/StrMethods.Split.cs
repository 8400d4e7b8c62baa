using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

internal static partial class StrMethods
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
        var sepObj = values[0];
        if (sepObj is not null and not PyStr && !ReferenceEquals(sepObj, PySingleton.None))
            throw PyErrors.TypeError($"must be str or None, not {sepObj.Type.Name}");
        var max = values[1] is { } m ? TextArgs.Ssize(m) : -1;
        if (max < 0) max = long.MaxValue;
        var result = new List<PyObject>();
        if (sepObj is PyStr sep)
        {
            if (sep.Value.Length == 0) throw PyErrors.ValueError("empty separator");
            if (reverse) RSplitOn(self, sep.Value, max, result);
            else SplitOn(self, sep.Value, max, result);
        }
        else if (reverse)
        {
            RSplitWhitespace(self, max, result);
        }
        else
        {
            SplitWhitespace(self, max, result);
        }
        Budget.ChargeContainer(result.Count);
        return new PyList(result);
    }

    private static bool IsWhite(char c) => c < 128 ? UnicodeInfo.IsAsciiSpace(c) : UnicodeInfo.IsSpace(c);

    /// <summary>Charges a piece and adds it; the whole self is reused as is.</summary>
    private static void AddPiece(List<PyObject> result, PyStr self, int from, int to)
    {
        if (from == 0 && to == self.Value.Length)
        {
            result.Add(self);
            return;
        }
        Budget.ChargeString(to - from);
        result.Add(PyStr.Of(self.Value.Substring(from, to - from)));
        // Splitting a huge string into millions of pieces must still honour the time limit.
        if ((result.Count & 0xFFF) == 0) Budget.CheckTime();
    }

    private static void SplitWhitespace(PyStr self, long max, List<PyObject> result)
    {
        var s = self.Value;
        int i = 0, n = s.Length;
        while (max-- > 0)
        {
            while (i < n && IsWhite(s[i])) i++;
            if (i == n) break;
            var j = i++;
            while (i < n && !IsWhite(s[i])) i++;
            AddPiece(result, self, j, i);
        }
        if (i < n)
        {
            // maxsplit reached: the rest, without its leading whitespace, is the last piece.
            while (i < n && IsWhite(s[i])) i++;
            if (i != n) AddPiece(result, self, i, n);
        }
    }

    private static void RSplitWhitespace(PyStr self, long max, List<PyObject> result)
    {
        var s = self.Value;
        var i = s.Length - 1;
        while (max-- > 0)
        {
            while (i >= 0 && IsWhite(s[i])) i--;
            if (i < 0) break;
            var j = i--;
            while (i >= 0 && !IsWhite(s[i])) i--;
            AddPiece(result, self, i + 1, j + 1);
        }
        if (i >= 0)
        {
            while (i >= 0 && IsWhite(s[i])) i--;
            if (i >= 0) AddPiece(result, self, 0, i + 1);
        }
        result.Reverse();
    }

    private static void SplitOn(PyStr self, string sep, long max, List<PyObject> result)
    {
        var s = self.Value;
        var i = 0;
        while (max-- > 0)
        {
            var at = s.IndexOf(sep, i, StringComparison.Ordinal);
            if (at < 0) break;
            AddPiece(result, self, i, at);
            i = at + sep.Length;
        }
        AddPiece(result, self, i, s.Length);
    }

    private static void RSplitOn(PyStr self, string sep, long max, List<PyObject> result)
    {
        var s = self.Value;
        var j = s.Length;
        while (max-- > 0)
        {
            var at = j == 0 ? -1 : s.AsSpan(0, j).LastIndexOf(sep.AsSpan());
            if (at < 0) break;
            AddPiece(result, self, at + sep.Length, j);
            j = at;
        }
        AddPiece(result, self, 0, j);
        result.Reverse();
    }

    private static PyObject SplitLines(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "splitlines");
        Span<PyObject?> values = [null];
        TextArgs.Keywords("splitlines", args, kwargs, SplitLinesKeywords, values);
        var keepEnds = values[0] is { } k && TextArgs.CInt(k) != 0;
        var s = self.Value;
        var result = new List<PyObject>();
        int i = 0, j = 0, n = s.Length;
        while (i < n)
        {
            while (i < n && !UnicodeInfo.IsLineBreak(s[i])) i++;
            var eol = i;
            if (i < n)
            {
                i += s[i] == '\r' && i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
                if (keepEnds) eol = i;
            }
            AddPiece(result, self, j, eol);
            j = i;
        }
        Budget.ChargeContainer(result.Count);
        return new PyList(result);
    }

    private static PyObject Join(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "join");
        var iterable = TextArgs.One("str", "join", args, kwargs);
        var items = JoinItems(iterable);
        var count = items.Count;
        if (count == 0) return PyStr.Empty;
        if (count == 1 && items[0] is PyStr only) return only;
        var sep = self.Value;
        long total = (long)sep.Length * (count - 1);
        for (var i = 0; i < count; i++)
        {
            if ((i & 0xFFFF) == 0xFFFF) Budget.CheckTime();
            if (items[i] is not PyStr item)
                throw PyErrors.TypeError($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
            total += item.Value.Length;
        }
        Budget.ChargeString(total);
        var buffer = new CharBuffer((int)total);
        for (var i = 0; i < count; i++)
        {
            if (i > 0) buffer.Append(sep);
            buffer.Append(((PyStr)items[i]).Value);
        }
        return PyStr.Of(FinishCharged(ref buffer));
    }

    /// <summary>The items to join: lists and tuples without copying; other iterables collected
    /// (generators make the VM materialise them first, via NeedsPythonIteration).</summary>
    internal static IReadOnlyList<PyObject> JoinItems(PyObject iterable)
    {
        if (iterable is PyList or PyTuple) return Iteration.AsReadOnlyList(iterable);
        if (!Iteration.IsNative(iterable) && iterable is not PyGenerator && iterable.Type.Lookup("__iter__") is null)
            throw PyErrors.TypeError("can only join an iterable");
        return Iteration.ToList(iterable);
    }

    private static PyObject Strip(PyObject[] args, KeywordArgs? kwargs) => StripImpl(args, kwargs, "strip", left: true, right: true);

    private static PyObject LStrip(PyObject[] args, KeywordArgs? kwargs) => StripImpl(args, kwargs, "lstrip", left: true, right: false);

    private static PyObject RStrip(PyObject[] args, KeywordArgs? kwargs) => StripImpl(args, kwargs, "rstrip", left: false, right: true);

    private static PyObject StripImpl(PyObject[] args, KeywordArgs? kwargs, string name, bool left, bool right)
    {
        var self = Self(args, name);
        TextArgs.Positional("str", name, args, kwargs, 0, 1);
        var charsObj = args.Length > 1 ? args[1] : PySingleton.None;
        var s = self.Value;
        int from = 0, to = s.Length;
        if (charsObj is PyStr chars)
        {
            if (chars.IsSimple && chars.Value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
            {
                // No surrogates in chars: trimming UTF-16 units is trimming code points.
                var set = chars.Value.AsSpan();
                if (left) while (from < to && set.Contains(s[from])) from++;
                if (right) while (to > from && set.Contains(s[to - 1])) to--;
            }
            else
            {
                StripCodePoints(s, chars, left, right, ref from, ref to);
            }
        }
        else if (ReferenceEquals(charsObj, PySingleton.None))
        {
            if (left) while (from < to && IsWhite(s[from])) from++;
            if (right) while (to > from && IsWhite(s[to - 1])) to--;
        }
        else
        {
            throw PyErrors.TypeError($"{name} arg must be None or str");
        }
        if (from == 0 && to == s.Length) return self;
        Budget.ChargeString(to - from);
        return PyStr.Of(s.Substring(from, to - from));
    }

    private static void StripCodePoints(string s, PyStr chars, bool left, bool right, ref int from, ref int to)
    {
        while (left && from < to)
        {
            var width = char.IsHighSurrogate(s[from]) && from + 1 < to && char.IsLowSurrogate(s[from + 1]) ? 2 : 1;
            if (!ContainsCodePoint(chars.Value, s.AsSpan(from, width))) break;
            from += width;
        }
        while (right && to > from)
        {
            var width = char.IsLowSurrogate(s[to - 1]) && to - 2 >= from && char.IsHighSurrogate(s[to - 2]) ? 2 : 1;
            if (!ContainsCodePoint(chars.Value, s.AsSpan(to - width, width))) break;
            to -= width;
        }
    }

    /// <summary>Whether chars contains the code point cp (given as its UTF-16 units) as a whole code point.</summary>
    private static bool ContainsCodePoint(string chars, ReadOnlySpan<char> cp)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            var width = char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]) ? 2 : 1;
            if (width == cp.Length && chars.AsSpan(i, width).SequenceEqual(cp)) return true;
            i += width - 1;
        }
        return false;
    }
}
