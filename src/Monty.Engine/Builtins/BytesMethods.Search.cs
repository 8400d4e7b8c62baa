using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

internal static partial class BytesMethods
{
    private static PyObject Find(PyObject[] args, KeywordArgs? kwargs) => PyInt.Get(FindArgs(args, kwargs, "find", reverse: false));

    private static PyObject RFind(PyObject[] args, KeywordArgs? kwargs) => PyInt.Get(FindArgs(args, kwargs, "rfind", reverse: true));

    private static PyObject Index(PyObject[] args, KeywordArgs? kwargs)
    {
        var i = FindArgs(args, kwargs, "index", reverse: false);
        return i >= 0 ? PyInt.Get(i) : throw PyErrors.ValueError("subsection not found");
    }

    private static PyObject RIndex(PyObject[] args, KeywordArgs? kwargs)
    {
        var i = FindArgs(args, kwargs, "rindex", reverse: true);
        return i >= 0 ? PyInt.Get(i) : throw PyErrors.ValueError("subsection not found");
    }

    /// <summary>Parses (sub[, start[, end]]) where sub is bytes or an int in range(256).</summary>
    private static ReadOnlySpan<byte> SubArgs(PyObject[] args, KeywordArgs? kwargs, string name, out PyBytes self,
        out long start, out long end, ref byte single)
    {
        self = Self(args, name);
        TextArgs.Tuple("bytes", name, args, kwargs, 1, 3);
        start = TextArgs.SliceIndex(args.Length > 2 ? args[2] : null, 0);
        end = TextArgs.SliceIndex(args.Length > 3 ? args[3] : null, long.MaxValue);
        switch (args[1])
        {
            case PyBytes b:
                return b.Value;
            case PyInt i:
                if (i.Value is < 0 or > 255) throw PyErrors.ValueError("byte must be in range(0, 256)");
                single = (byte)i.Value;
                return new ReadOnlySpan<byte>(ref single);
            case PyBigInt:
                throw PyErrors.ValueError("byte must be in range(0, 256)");
            default:
                throw PyErrors.TypeError($"argument should be integer or bytes-like object, not '{args[1].Type.Name}'");
        }
    }

    private static long FindArgs(PyObject[] args, KeywordArgs? kwargs, string name, bool reverse)
    {
        byte single = 0;
        var sub = SubArgs(args, kwargs, name, out var self, out var start, out var end, ref single);
        var value = self.Value;
        TextArgs.Adjust(ref start, ref end, value.Length);
        if (end - start < sub.Length) return -1;
        if (sub.Length == 0) return reverse ? end : start;
        var span = value.AsSpan((int)start, (int)(end - start));
        var at = reverse ? span.LastIndexOf(sub) : span.IndexOf(sub);
        return at < 0 ? -1 : start + at;
    }

    private static PyObject Count(PyObject[] args, KeywordArgs? kwargs)
    {
        byte single = 0;
        var sub = SubArgs(args, kwargs, "count", out var self, out var start, out var end, ref single);
        var value = self.Value;
        TextArgs.Adjust(ref start, ref end, value.Length);
        if (end - start < sub.Length) return PyInt.Get(0);
        if (sub.Length == 0) return PyInt.Get(end - start + 1);
        var span = value.AsSpan((int)start, (int)(end - start));
        return PyInt.Get(sub.Length == 1 ? span.Count(sub[0]) : span.Count(sub));
    }

    private static PyObject StartsWith(PyObject[] args, KeywordArgs? kwargs) => TailMatch(args, kwargs, "startswith", atEnd: false);

    private static PyObject EndsWith(PyObject[] args, KeywordArgs? kwargs) => TailMatch(args, kwargs, "endswith", atEnd: true);

    private static PyObject TailMatch(PyObject[] args, KeywordArgs? kwargs, string name, bool atEnd)
    {
        var self = Self(args, name);
        TextArgs.Tuple("bytes", name, args, kwargs, 1, 3);
        var start = TextArgs.SliceIndex(args.Length > 2 ? args[2] : null, 0);
        var end = TextArgs.SliceIndex(args.Length > 3 ? args[3] : null, long.MaxValue);
        switch (args[1])
        {
            case PyBytes sub:
                return PyBool.Of(TailMatches(self.Value, sub.Value, start, end, atEnd));
            case PyTuple tuple:
                foreach (var item in tuple.Items)
                    if (TailMatches(self.Value, BytesArg(item), start, end, atEnd)) return PyBool.True;
                return PyBool.False;
            default:
                throw PyErrors.TypeError($"{name} first arg must be bytes or a tuple of bytes, not {args[1].Type.Name}");
        }
    }

    private static bool TailMatches(byte[] self, byte[] sub, long start, long end, bool atEnd)
    {
        TextArgs.Adjust(ref start, ref end, self.Length);
        end -= sub.Length;
        if (end < start) return false;
        if (sub.Length == 0) return true;
        return self.AsSpan((int)(atEnd ? end : start), sub.Length).SequenceEqual(sub);
    }

    private static PyObject Partition(PyObject[] args, KeywordArgs? kwargs) => PartitionImpl(args, kwargs, "partition", reverse: false);

    private static PyObject RPartition(PyObject[] args, KeywordArgs? kwargs) => PartitionImpl(args, kwargs, "rpartition", reverse: true);

    private static PyObject PartitionImpl(PyObject[] args, KeywordArgs? kwargs, string name, bool reverse)
    {
        var self = Self(args, name);
        var sep = BytesArg(TextArgs.One("bytes", name, args, kwargs));
        if (sep.Length == 0) throw PyErrors.ValueError("empty separator");
        var value = self.Value;
        var at = reverse ? value.AsSpan().LastIndexOf(sep) : value.AsSpan().IndexOf(sep);
        if (at < 0)
            return reverse ? PyTuple.Of(PyBytes.Empty, PyBytes.Empty, self) : PyTuple.Of(self, PyBytes.Empty, PyBytes.Empty);
        return PyTuple.Of(Slice(self, 0, at), args[1], Slice(self, at + sep.Length, value.Length));
    }

    private static PyObject RemovePrefix(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "removeprefix");
        var prefix = BytesArg(TextArgs.One("bytes", "removeprefix", args, kwargs));
        var value = self.Value;
        return value.AsSpan().StartsWith(prefix) ? Slice(self, prefix.Length, value.Length) : self;
    }

    private static PyObject RemoveSuffix(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "removesuffix");
        var suffix = BytesArg(TextArgs.One("bytes", "removesuffix", args, kwargs));
        var value = self.Value;
        return value.AsSpan().EndsWith(suffix) ? Slice(self, 0, value.Length - suffix.Length) : self;
    }

    private static PyObject Replace(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "replace");
        TextArgs.Positional("bytes", "replace", args, kwargs, 2, 3);
        var old = BytesArg(args[1]);
        var @new = BytesArg(args[2]);
        var max = args.Length > 3 ? TextArgs.Ssize(args[3]) : -1;
        if (max < 0) max = long.MaxValue;
        var value = self.Value;
        if (max == 0 || value.Length < old.Length) return self;
        var span = value.AsSpan();
        // Positions first, so the result's size is charged before it is built.
        long n;
        if (old.Length == 0) n = Math.Min((long)value.Length + 1, max);
        else
        {
            n = 0;
            for (var at = span.IndexOf(old); at >= 0 && n < max; n++)
            {
                var next = span[(at + old.Length)..].IndexOf(old);
                at = next < 0 ? -1 : at + old.Length + next;
            }
        }
        if (n == 0 || (old.Length == 0 && @new.Length == 0)) return self;
        var length = value.Length + n * (@new.Length - old.Length);
        Budget.ChargeString(length);
        var result = new byte[length];
        var w = 0;
        var pos = 0;
        for (long k = 0; k < n; k++)
        {
            if (old.Length == 0)
            {
                @new.CopyTo(result, w);
                w += @new.Length;
                if (pos < value.Length) result[w++] = value[pos++];
                continue;
            }
            var at = pos + span[pos..].IndexOf(old);
            span[pos..at].CopyTo(result.AsSpan(w));
            w += at - pos;
            @new.CopyTo(result, w);
            w += @new.Length;
            pos = at + old.Length;
        }
        span[pos..].CopyTo(result.AsSpan(w));
        return new PyBytes(result);
    }
}
