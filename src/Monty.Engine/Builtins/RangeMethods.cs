using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>range.index, range.count and slice.indices.</summary>
internal static class RangeMethods
{
    public static void Register(PyType range, PyType slice)
    {
        TypeSetup.Method(range, "index", Index);
        TypeSetup.Method(range, "count", Count);
        TypeSetup.Method(slice, "indices", Indices);
    }

    private static long? Position(PyRange r, PyObject item)
    {
        if (item is not PyInt i) return null;
        var v = i.Value;
        if (r.Step > 0 ? v < r.Start || v >= r.Stop : v > r.Start || v <= r.Stop) return null;
        if ((v - r.Start) % r.Step != 0) return null;
        return (v - r.Start) / r.Step;
    }

    private static PyObject Index(PyObject[] args, KeywordArgs? kwargs)
    {
        var r = MethodArgs.Self<PyRange>(args, PyTypes.Range, "index");
        NativeArgs.NoKeywords("range.index", kwargs);
        NativeArgs.MethodCount("index", args, 1, 1);
        if (Position(r, args[1]) is { } p) return PyInt.Get(p);
        if (args[1] is not PyInt)
        {
            var n = 0L;
            foreach (var x in Iteration.Enumerate(r))
            {
                if (Equality.Eq(x, args[1])) return PyInt.Get(n);
                n++;
            }
            throw PyErrors.ValueError("sequence.index(x): x not in sequence");
        }
        throw PyErrors.ValueError($"{Repr.Of(args[1])} is not in range");
    }

    private static PyObject Count(PyObject[] args, KeywordArgs? kwargs)
    {
        var r = MethodArgs.Self<PyRange>(args, PyTypes.Range, "count");
        NativeArgs.NoKeywords("range.count", kwargs);
        NativeArgs.MethodCount("count", args, 1, 1);
        if (args[1] is PyInt) return PyInt.Get(Position(r, args[1]) is null ? 0 : 1);
        var n = 0L;
        foreach (var x in Iteration.Enumerate(r))
            if (Equality.Eq(x, args[1])) n++;
        return PyInt.Get(n);
    }

    private static PyObject Indices(PyObject[] args, KeywordArgs? kwargs)
    {
        var s = MethodArgs.Self<PySlice>(args, PyTypes.Slice, "indices");
        NativeArgs.NoKeywords("slice.indices", kwargs);
        NativeArgs.MethodCount("indices", args, 1, 1);
        var length = Numbers.ToIndex(args[1]);
        if (length < 0) throw PyErrors.ValueError("length should not be negative");
        SliceIndices.Compute(s, length, out var start, out var stop, out var step, out _);
        return PyTuple.Of(PyInt.Get(start), PyInt.Get(stop), PyInt.Get(step));
    }
}
