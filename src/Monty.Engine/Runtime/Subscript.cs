using Monty.Engine.Limits;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>obj[key], obj[key] = value and del obj[key] for builtin types, including slices,
/// with CPython's messages (which depend on whether the type is a sequence, a mapping or neither).</summary>
internal static class Subscript
{
    public static PyObject Get(PyObject o, PyObject key)
    {
        // seq[obj] with a user __index__ (IntEnum members, index-like classes).
        if (key is PyInstance && o is PyList or PyTuple or PyStr or PyBytes or PyRange && UserProtocol.Index(key) is { } index)
            key = index;
        switch (o)
        {
            case PyList l:
                if (key is PyInt li) return l.Items[CheckIndex(li.Value, l.Count, "list index out of range")];
                if (key is PySlice ls) return new PyList(new List<PyObject>(ListSlicing.Select(l.Items, ls)));
                throw BadIndex("list", key);
            case PyTuple t:
                if (key is PyInt ti) return t.Items[CheckIndex(ti.Value, t.Count, "tuple index out of range")];
                if (key is PySlice ts) return TupleSlice(t, ts);
                throw BadIndex("tuple", key);
            case PyDict d:
                return d.Table.Get(key) ?? MissingKey(d, key);
            case PyStr s:
                return StrSlicing.GetStrItem(s, key);
            case PyBytes b:
                return StrSlicing.GetBytesItem(b, key);
            case PyRange r:
                return RangeItem(r, key);
            case PyType type when !type.IsBuiltin || UserProtocol.IsUser(type):
                return UserProtocol.GetItem(o, key);
            case PyType type:
                if (type.IsBuiltin && HasClassGetItem(type)) return TypeAnnotations.Alias(type, key);
                throw PyErrors.TypeError($"type '{type.Name}' is not subscriptable");
            case INativeSubscript native:
                return native.GetItem(key);
            default:
                if (UserProtocol.IsUser(o)) return UserProtocol.GetItem(o, key);
                throw PyErrors.TypeError($"'{o.Type.Name}' object is not subscriptable");
        }
    }

    /// <summary>A dict subclass may supply missing values (__missing__, as defaultdict and Counter do).</summary>
    private static PyObject MissingKey(PyDict d, PyObject key)
    {
        if (d is ISubclassInstance && UserProtocol.CallSpecial(d, "__missing__", key) is { } value) return value;
        throw PyErrors.KeyError(key);
    }

    public static void Set(PyObject o, PyObject key, PyObject value)
    {
        switch (o)
        {
            case PyList l:
                if (key is PyInt i)
                {
                    l.Items[CheckIndex(i.Value, l.Count, "list assignment index out of range")] = value;
                    return;
                }
                if (key is PySlice s)
                {
                    AssignSlice(l, s, value);
                    return;
                }
                throw BadIndex("list", key);
            case PyDict d:
                d.Table.Set(key, value);
                return;
            default:
                if (UserProtocol.IsUser(o))
                {
                    UserProtocol.SetItem(o, key, value);
                    return;
                }
                throw PyErrors.TypeError($"'{o.Type.Name}' object does not support item assignment");
        }
    }

    public static void Delete(PyObject o, PyObject key)
    {
        switch (o)
        {
            case PyList l:
                if (key is PyInt i)
                {
                    l.Items.RemoveAt(CheckIndex(i.Value, l.Count, "list assignment index out of range"));
                    return;
                }
                if (key is PySlice s)
                {
                    DeleteSlice(l, s);
                    return;
                }
                throw BadIndex("list", key);
            case PyDict d:
                if (d.Table.Remove(key) is null) throw PyErrors.KeyError(key);
                return;
            // CPython words this differently for sequence types deleting by an integer index.
            case PyStr or PyTuple or PyBytes or PyRange or PySet or DictView when key is PyInt or PyBigInt:
                throw PyErrors.TypeError($"'{o.Type.Name}' object doesn't support item deletion");
            default:
                if (UserProtocol.IsUser(o))
                {
                    UserProtocol.DelItem(o, key);
                    return;
                }
                throw PyErrors.TypeError($"'{o.Type.Name}' object does not support item deletion");
        }
    }

    /// <summary>Normalises a possibly negative index; throws IndexError with the given message.</summary>
    private static int CheckIndex(long index, int count, string message)
    {
        if (index < 0) index += count;
        if ((ulong)index >= (ulong)count) throw PyErrors.IndexError(message);
        return (int)index;
    }

    private static PyException BadIndex(string typeName, PyObject key) =>
        key is PyBigInt
            ? PyErrors.IndexError("cannot fit 'int' into an index-sized integer")
            : PyErrors.TypeError($"{typeName} indices must be integers or slices, not {key.Type.Name}");

    private static bool HasClassGetItem(PyType type) =>
        ReferenceEquals(type, PyTypes.List) || ReferenceEquals(type, PyTypes.Tuple) || ReferenceEquals(type, PyTypes.Dict)
        || ReferenceEquals(type, PyTypes.Set) || ReferenceEquals(type, PyTypes.FrozenSet) || ReferenceEquals(type, PyTypes.Type);

    private static PyObject TupleSlice(PyTuple t, PySlice slice)
    {
        SliceIndices.Compute(slice, t.Count, out var start, out _, out var step, out var count);
        // Like CPython, a full forward slice of a tuple is the tuple itself (not of a subclass: a namedtuple's p[:] is a tuple).
        if (start == 0 && step == 1 && count == t.Count && t is not PyTupleInstance) return t;
        return PyTuple.Of(ListSlicing.Select(t.Items, slice));
    }

    private static PyObject RangeItem(PyRange r, PyObject key)
    {
        var length = r.Length;
        if (key is PyInt i)
        {
            var idx = i.Value < 0 ? i.Value + length : i.Value;
            if (idx < 0 || idx >= length) throw PyErrors.IndexError("range object index out of range");
            return PyInt.Get(r.At(idx));
        }
        if (key is PyBigInt) throw PyErrors.IndexError("range object index out of range");
        if (key is not PySlice slice) throw PyErrors.TypeError($"range indices must be integers or slices, not {key.Type.Name}");
        SliceIndices.Compute(slice, length, out var start, out var stop, out var step, out _);
        // compute_slice in rangeobject.c: map the adjusted indices through the range.
        var newStep = (System.Numerics.BigInteger)step * r.Step;
        var newStart = r.Start + (System.Numerics.BigInteger)start * r.Step;
        var newStop = r.Start + (System.Numerics.BigInteger)stop * r.Step;
        if (!FitsLong(newStep) || !FitsLong(newStart) || !FitsLong(newStop))
            throw PyErrors.OverflowError("range slice bounds do not fit in a 64-bit integer");
        return new PyRange((long)newStart, (long)newStop, (long)newStep);
    }

    private static bool FitsLong(System.Numerics.BigInteger v) => v >= long.MinValue && v <= long.MaxValue;

    /// <summary>list[slice] = iterable (list_ass_subscript).</summary>
    private static void AssignSlice(PyList list, PySlice slice, PyObject value)
    {
        SliceIndices.Compute(slice, list.Count, out var start, out var stop, out var step, out var count);
        var items = list.Items;
        if (step == 1)
        {
            // Materialise first: a generator makes the VM re-run this call, so nothing may change yet.
            var seq = SliceSource(value, "can only assign an iterable");
            if (stop < start) stop = start;
            var removed = (int)(stop - start);
            if (seq.Count > removed) Budget.ChargeContainer((long)items.Count + seq.Count - removed);
            ReplaceRange(items, (int)start, removed, seq);
            return;
        }
        var source = SliceSource(value, "must assign iterable to extended slice");
        if (source.Count != count)
            throw PyErrors.ValueError($"attempt to assign sequence of size {source.Count} to extended slice of size {count}");
        var j = start;
        for (var n = 0; n < count; n++, j += step) items[(int)j] = source[n];
    }

    private static IReadOnlyList<PyObject> SliceSource(PyObject value, string notIterable)
    {
        // Tuples are immutable and used as they are; anything else is copied, which also
        // snapshots the list itself for a[::-1] = a.
        if (value is PyTuple t) return t.Items;
        if (!Iteration.IsNative(value) && value is not PyGenerator && value.Type.Lookup("__iter__") is null)
            throw PyErrors.TypeError(notIterable);
        return Iteration.ToList(value);
    }

    private static void ReplaceRange(List<PyObject> items, int start, int removed, IReadOnlyList<PyObject> seq)
    {
        var common = Math.Min(removed, seq.Count);
        for (var n = 0; n < common; n++) items[start + n] = seq[n];
        if (removed > common)
        {
            items.RemoveRange(start + common, removed - common);
        }
        else if (seq.Count > common)
        {
            var extra = new PyObject[seq.Count - common];
            for (var n = 0; n < extra.Length; n++) extra[n] = seq[common + n];
            items.InsertRange(start + common, extra);
        }
    }

    /// <summary>del list[slice]: compacts in one pass for extended slices.</summary>
    private static void DeleteSlice(PyList list, PySlice slice)
    {
        SliceIndices.Compute(slice, list.Count, out var start, out var stop, out var step, out var count);
        if (count == 0) return;
        var items = list.Items;
        if (step == 1)
        {
            items.RemoveRange((int)start, (int)(stop - start));
            return;
        }
        if (step < 0)
        {
            // Same set of indices, walked forwards.
            start += (count - 1) * step;
            step = -step;
        }
        var write = (int)start;
        var next = start;
        var removedSoFar = 0L;
        for (var read = (int)start; read < items.Count; read++)
        {
            if (read == next && removedSoFar < count)
            {
                removedSoFar++;
                next += step;
                continue;
            }
            items[write++] = items[read];
        }
        items.RemoveRange(write, items.Count - write);
    }
}
