using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

internal static partial class StrMethods
{
    private static PyObject Find(PyObject[] args, KeywordArgs? kwargs) => Int(FindArgs(args, kwargs, "find", reverse: false));

    private static PyObject RFind(PyObject[] args, KeywordArgs? kwargs) => Int(FindArgs(args, kwargs, "rfind", reverse: true));

    private static PyObject Index(PyObject[] args, KeywordArgs? kwargs)
    {
        var i = FindArgs(args, kwargs, "index", reverse: false);
        return i >= 0 ? Int(i) : throw PyErrors.ValueError("substring not found");
    }

    private static PyObject RIndex(PyObject[] args, KeywordArgs? kwargs)
    {
        var i = FindArgs(args, kwargs, "rindex", reverse: true);
        return i >= 0 ? Int(i) : throw PyErrors.ValueError("substring not found");
    }

    private static long FindArgs(PyObject[] args, KeywordArgs? kwargs, string name, bool reverse)
    {
        var self = Self(args, name);
        TextArgs.Tuple("str", name, args, kwargs, 1, 3);
        var start = TextArgs.SliceIndex(args.Length > 2 ? args[2] : null, 0);
        var end = TextArgs.SliceIndex(args.Length > 3 ? args[3] : null, long.MaxValue);
        return FindIn(self, StrArg(args[1]), start, end, reverse);
    }

    /// <summary>Code point index of sub in self[start:end], or -1.</summary>
    internal static long FindIn(PyStr self, PyStr sub, long start, long end, bool reverse)
    {
        var len = self.Length;
        TextArgs.Adjust(ref start, ref end, len);
        var subLen = sub.Length;
        if (end - start < subLen) return -1;
        if (subLen == 0) return reverse ? end : start;
        var from = self.OffsetOf((int)start);
        var span = self.Value.AsSpan(from, self.OffsetOf((int)end) - from);
        var at = sub.Value.Length == 1
            ? reverse ? span.LastIndexOf(sub.Value[0]) : span.IndexOf(sub.Value[0])
            : reverse ? span.LastIndexOf(sub.Value.AsSpan()) : span.IndexOf(sub.Value.AsSpan());
        if (at < 0) return -1;
        return self.IsSimple ? from + at : self.IndexOfOffset(from + at);
    }

    private static PyObject Count(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "count");
        TextArgs.Tuple("str", "count", args, kwargs, 1, 3);
        var start = TextArgs.SliceIndex(args.Length > 2 ? args[2] : null, 0);
        var end = TextArgs.SliceIndex(args.Length > 3 ? args[3] : null, long.MaxValue);
        var sub = StrArg(args[1]);
        var len = self.Length;
        TextArgs.Adjust(ref start, ref end, len);
        if (end - start < sub.Length) return Int(0);
        if (sub.Value.Length == 0) return Int(end - start + 1);
        var from = self.OffsetOf((int)start);
        var span = self.Value.AsSpan(from, self.OffsetOf((int)end) - from);
        return Int(sub.Value.Length == 1 ? span.Count(sub.Value[0]) : span.Count(sub.Value.AsSpan()));
    }

    private static PyObject StartsWith(PyObject[] args, KeywordArgs? kwargs) => TailMatch(args, kwargs, "startswith", atEnd: false);

    private static PyObject EndsWith(PyObject[] args, KeywordArgs? kwargs) => TailMatch(args, kwargs, "endswith", atEnd: true);

    private static PyObject TailMatch(PyObject[] args, KeywordArgs? kwargs, string name, bool atEnd)
    {
        var self = Self(args, name);
        TextArgs.Tuple("str", name, args, kwargs, 1, 3);
        var start = TextArgs.SliceIndex(args.Length > 2 ? args[2] : null, 0);
        var end = TextArgs.SliceIndex(args.Length > 3 ? args[3] : null, long.MaxValue);
        switch (args[1])
        {
            case PyStr sub:
                return PyBool.Of(TailMatches(self, sub, start, end, atEnd));
            case PyTuple tuple:
                foreach (var item in tuple.Items)
                {
                    if (item is not PyStr s)
                        throw PyErrors.TypeError($"tuple for {name} must only contain str, not {item.Type.Name}");
                    if (TailMatches(self, s, start, end, atEnd)) return PyBool.True;
                }
                return PyBool.False;
            default:
                throw PyErrors.TypeError($"{name} first arg must be str or a tuple of str, not {args[1].Type.Name}");
        }
    }

    /// <summary>CPython's tailmatch: does sub occur at the start (or end) of self[start:end]?</summary>
    private static bool TailMatches(PyStr self, PyStr sub, long start, long end, bool atEnd)
    {
        TextArgs.Adjust(ref start, ref end, self.Length);
        var subLen = sub.Length;
        end -= subLen;
        if (end < start) return false;
        if (subLen == 0) return true;
        var at = self.OffsetOf((int)(atEnd ? end : start));
        return self.Value.AsSpan(at).StartsWith(sub.Value.AsSpan());
    }

    private static PyObject Partition(PyObject[] args, KeywordArgs? kwargs) => PartitionImpl(args, kwargs, "partition", reverse: false);

    private static PyObject RPartition(PyObject[] args, KeywordArgs? kwargs) => PartitionImpl(args, kwargs, "rpartition", reverse: true);

    private static PyObject PartitionImpl(PyObject[] args, KeywordArgs? kwargs, string name, bool reverse)
    {
        var self = Self(args, name);
        var sep = StrArg(TextArgs.One("str", name, args, kwargs)).Value;
        if (sep.Length == 0) throw PyErrors.ValueError("empty separator");
        var s = self.Value;
        var at = reverse ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        if (at < 0)
            return reverse ? PyTuple.Of(PyStr.Empty, PyStr.Empty, self) : PyTuple.Of(self, PyStr.Empty, PyStr.Empty);
        Budget.ChargeString(s.Length);
        return PyTuple.Of(PyStr.Of(s[..at]), args[1], PyStr.Of(s[(at + sep.Length)..]));
    }

    private static PyObject RemovePrefix(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "removeprefix");
        var prefix = TextArgs.One("str", "removeprefix", args, kwargs) as PyStr
                     ?? throw PyErrors.TypeError($"removeprefix() argument must be str, not {TextArgs.TypeName(args[1])}");
        var s = self.Value;
        if (prefix.Value.Length == 0 || !s.StartsWith(prefix.Value, StringComparison.Ordinal)) return self;
        Budget.ChargeString(s.Length - prefix.Value.Length);
        return PyStr.Of(s[prefix.Value.Length..]);
    }

    private static PyObject RemoveSuffix(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "removesuffix");
        var suffix = TextArgs.One("str", "removesuffix", args, kwargs) as PyStr
                     ?? throw PyErrors.TypeError($"removesuffix() argument must be str, not {TextArgs.TypeName(args[1])}");
        var s = self.Value;
        if (suffix.Value.Length == 0 || !s.EndsWith(suffix.Value, StringComparison.Ordinal)) return self;
        Budget.ChargeString(s.Length - suffix.Value.Length);
        return PyStr.Of(s[..^suffix.Value.Length]);
    }

    private static PyObject Replace(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "replace");
        TextArgs.Positional("str", "replace", args, kwargs, 2, 3);
        var old = args[1] as PyStr ?? throw PyErrors.TypeError($"replace() argument 1 must be str, not {TextArgs.TypeName(args[1])}");
        var @new = args[2] as PyStr ?? throw PyErrors.TypeError($"replace() argument 2 must be str, not {TextArgs.TypeName(args[2])}");
        var max = args.Length > 3 ? TextArgs.Ssize(args[3]) : -1;
        if (max < 0) max = long.MaxValue;
        var s = self.Value;
        if (max == 0 || s.Length < old.Value.Length) return self;
        return old.Value.Length == 0 ? InsertBetween(self, @new.Value, max) : ReplaceAll(self, old.Value, @new.Value, max);
    }

    /// <summary>replace('', new): new goes before every code point and at the end, up to max times.</summary>
    private static PyStr InsertBetween(PyStr self, string insert, long max)
    {
        var s = self.Value;
        var n = Math.Min((long)self.Length + 1, max);
        if (insert.Length == 0) return self;
        Budget.ChargeString(s.Length + n * insert.Length);
        var buffer = new CharBuffer((int)(s.Length + n * insert.Length));
        var i = 0;
        for (long k = 0; k < n; k++)
        {
            buffer.Append(insert);
            if (i >= s.Length) break;
            var width = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            buffer.Append(s.AsSpan(i, width));
            i += width;
        }
        buffer.Append(s.AsSpan(i));
        return new PyStr(FinishCharged(ref buffer));
    }

    private static PyStr ReplaceAll(PyStr self, string old, string @new, long max)
    {
        var s = self.Value;
        // Count first so the result's size is known (and charged) before it is built.
        long n = 0;
        for (var at = s.IndexOf(old, StringComparison.Ordinal); at >= 0 && n < max; n++)
            at = at + old.Length <= s.Length ? s.IndexOf(old, at + old.Length, StringComparison.Ordinal) : -1;
        if (n == 0) return self;
        var length = s.Length + n * (@new.Length - old.Length);
        Budget.ChargeString(length);
        if (n < max) return PyStr.Of(s.Replace(old, @new, StringComparison.Ordinal)); // every occurrence: vectorized
        var buffer = new CharBuffer((int)length);
        var pos = 0;
        for (long k = 0; k < n; k++)
        {
            var at = s.IndexOf(old, pos, StringComparison.Ordinal);
            buffer.Append(s.AsSpan(pos, at - pos));
            buffer.Append(@new);
            pos = at + old.Length;
        }
        buffer.Append(s.AsSpan(pos));
        return PyStr.Of(FinishCharged(ref buffer));
    }

    /// <summary>Builds the string of a buffer whose size was charged up front.</summary>
    private static string FinishCharged(ref CharBuffer buffer)
    {
        var s = new string(buffer.Written);
        buffer.Dispose();
        return s;
    }
}
