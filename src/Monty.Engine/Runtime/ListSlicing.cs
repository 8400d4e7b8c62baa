using System.Text;
using Monty.Engine.Limits;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>Slice arithmetic for sequences (PySlice_Unpack + PySlice_AdjustIndices).
/// Interim copy: the str branch adds SliceIndices/StrSlicing with the same rules; once both
/// land, the lead keeps one and points Subscript at it.</summary>
internal static class ListSlicing
{
    /// <summary>Resolves a slice against a length. start/stop are adjusted indices (stop may
    /// be -1 for negative steps), count is the number of selected items.</summary>
    public static void Compute(PySlice slice, long length, out long start, out long stop, out long step, out long count)
    {
        // Evaluation order and clamping follow PySlice_Unpack: step first, then start, stop.
        if (ReferenceEquals(slice.Step, PySingleton.None))
        {
            step = 1;
        }
        else
        {
            step = Numbers.ToClampedIndex(slice.Step);
            if (step == 0) throw PyErrors.ValueError("slice step cannot be zero");
            // -long.MaxValue so that -step never overflows.
            if (step < -long.MaxValue) step = -long.MaxValue;
        }
        start = ReferenceEquals(slice.Start, PySingleton.None)
            ? (step < 0 ? long.MaxValue : 0)
            : Numbers.ToClampedIndex(slice.Start);
        stop = ReferenceEquals(slice.Stop, PySingleton.None)
            ? (step < 0 ? long.MinValue : long.MaxValue)
            : Numbers.ToClampedIndex(slice.Stop);

        if (start < 0)
        {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        }
        else if (start >= length)
        {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0)
        {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        }
        else if (stop >= length)
        {
            stop = step < 0 ? length - 1 : length;
        }

        if (step < 0)
            count = stop < start ? (start - stop - 1) / -step + 1 : 0;
        else
            count = start < stop ? (stop - start - 1) / step + 1 : 0;
    }

    /// <summary>Items selected by a slice of a list's or tuple's items.</summary>
    public static PyObject[] Select(IReadOnlyList<PyObject> items, PySlice slice)
    {
        Compute(slice, items.Count, out var start, out _, out var step, out var count);
        Budget.ChargeContainer(count);
        var result = new PyObject[count];
        var j = start;
        for (var i = 0; i < count; i++, j += step) result[i] = items[(int)j];
        return result;
    }

    /// <summary>Interim str[key] (the str branch's StrSlicing.GetStrItem replaces it).</summary>
    public static PyObject GetStrItem(PyStr s, PyObject key)
    {
        if (key is PyInt i)
        {
            var idx = i.Value < 0 ? i.Value + s.Length : i.Value;
            if ((ulong)idx >= (ulong)s.Length) throw PyErrors.IndexError("string index out of range");
            return s.CharAt((int)idx);
        }
        if (key is PyBigInt) throw PyErrors.IndexError("cannot fit 'int' into an index-sized integer");
        if (key is not PySlice slice) throw PyErrors.TypeError($"string indices must be integers, not '{key.Type.Name}'");
        Compute(slice, s.Length, out var start, out var stop, out var step, out var count);
        if (count == 0) return PyStr.Empty;
        if (step == 1) return count == s.Length ? s : PyStr.Of(s.Slice((int)start, (int)stop));
        Budget.ChargeString(count);
        var sb = new StringBuilder((int)count);
        var j = start;
        for (var n = 0; n < count; n++, j += step)
        {
            if (s.IsSimple) sb.Append(s.Value[(int)j]);
            else sb.Append(char.ConvertFromUtf32(s.CodePointAt((int)j)));
        }
        return PyStr.Of(sb.ToString());
    }

    /// <summary>Interim bytes[key] (the str branch's StrSlicing.GetBytesItem replaces it).</summary>
    public static PyObject GetBytesItem(PyBytes b, PyObject key)
    {
        var v = b.Value;
        if (key is PyInt i)
        {
            var idx = i.Value < 0 ? i.Value + v.Length : i.Value;
            if ((ulong)idx >= (ulong)v.Length) throw PyErrors.IndexError("index out of range");
            return PyInt.Get(v[idx]);
        }
        if (key is PyBigInt) throw PyErrors.IndexError("cannot fit 'int' into an index-sized integer");
        if (key is not PySlice slice) throw PyErrors.TypeError($"byte indices must be integers or slices, not {key.Type.Name}");
        Compute(slice, v.Length, out var start, out _, out var step, out var count);
        if (count == v.Length && step == 1) return b;
        Budget.ChargeString(count);
        var result = new byte[count];
        var j = start;
        for (var n = 0; n < count; n++, j += step) result[n] = v[j];
        return new PyBytes(result);
    }
}
