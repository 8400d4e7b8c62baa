using Monty.Engine.Limits;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>s[key] for str (by code point) and bytes (items are ints).</summary>
internal static class StrSlicing
{
    public static PyObject GetStrItem(PyStr s, PyObject key)
    {
        switch (key)
        {
            case PyInt i:
                {
                    var len = s.Length;
                    var idx = i.Value < 0 ? i.Value + len : i.Value;
                    if ((ulong)idx >= (ulong)len) throw PyErrors.IndexError("string index out of range");
                    return s.CharAt((int)idx);
                }
            case PyBigInt:
                throw PyErrors.IndexError("cannot fit 'int' into an index-sized integer");
            case PySlice slice:
                return SliceStr(s, slice);
            default:
                throw PyErrors.TypeError($"string indices must be integers, not '{key.Type.Name}'");
        }
    }

    public static PyObject GetBytesItem(PyBytes b, PyObject key)
    {
        var value = b.Value;
        switch (key)
        {
            case PyInt i:
                {
                    var idx = i.Value < 0 ? i.Value + value.Length : i.Value;
                    if ((ulong)idx >= (ulong)value.Length) throw PyErrors.IndexError("index out of range");
                    return PyInt.Get(value[idx]);
                }
            case PyBigInt:
                throw PyErrors.IndexError("cannot fit 'int' into an index-sized integer");
            case PySlice slice:
                {
                    SliceIndices.Compute(slice, value.Length, out var start, out _, out var step, out var count);
                    if (count == value.Length && step == 1) return b;
                    if (count == 0) return PyBytes.Empty;
                    Budget.ChargeString(count);
                    if (step == 1) return new PyBytes(value.AsSpan((int)start, (int)count).ToArray());
                    var result = new byte[count];
                    for (long k = 0, j = start; k < count; k++, j += step) result[k] = value[j];
                    return new PyBytes(result);
                }
            default:
                throw PyErrors.TypeError($"byte indices must be integers or slices, not {key.Type.Name}");
        }
    }

    private static PyStr SliceStr(PyStr s, PySlice slice)
    {
        var len = s.Length;
        SliceIndices.Compute(slice, len, out var start, out _, out var step, out var count);
        if (count == 0) return PyStr.Empty;
        if (step == 1)
        {
            if (count == len) return s;
            var from = s.OffsetOf((int)start);
            var chars = s.OffsetOf((int)(start + count)) - from;
            Budget.ChargeString(chars);
            return PyStr.Of(s.Value.Substring(from, chars));
        }
        var value = s.Value;
        if (s.IsSimple)
        {
            Budget.ChargeString(count);
            return new PyStr(string.Create((int)count, (value, start, step), static (span, st) =>
            {
                var j = st.start;
                for (var k = 0; k < span.Length; k++, j += st.step) span[k] = st.value[(int)j];
            }));
        }
        var buffer = new CharBuffer((int)Math.Min(count * 2, value.Length));
        for (long k = 0, j = start; k < count; k++, j += step)
        {
            var offset = s.OffsetOf((int)j);
            buffer.Append(value[offset]);
            if (char.IsHighSurrogate(value[offset]) && offset + 1 < value.Length && char.IsLowSurrogate(value[offset + 1]))
                buffer.Append(value[offset + 1]);
        }
        return new PyStr(buffer.Finish());
    }
}
