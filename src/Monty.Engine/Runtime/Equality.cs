using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Runtime;

/// <summary>Python == for builtin values, bounded in depth for nested containers.</summary>
internal static class Equality
{
    /// <summary>Equality as dict and set lookups use it (identity implies equality, even for NaN).</summary>
    public static bool KeyEquals(PyObject a, PyObject b) => ReferenceEquals(a, b) || Eq(a, b);

    public static bool Eq(PyObject a, PyObject b) => Eq(a, b, 0);

    /// <summary>The builtin container's own ==, even when a subclass overrides __eq__: what
    /// dict.__eq__(self, other) computes inside an OrderedDict's __eq__.</summary>
    public static bool BuiltinEq(PyObject a, PyObject b) => Eq(a, b, 0, builtinOnly: true);

    private static bool Eq(PyObject a, PyObject b, int depth, bool builtinOnly = false)
    {
        if (a is PyNativeValue || b is PyNativeValue)
            return (a as PyNativeValue)?.EqualsValue(b) ?? (b as PyNativeValue)?.EqualsValue(a) ?? ReferenceEquals(a, b);
        switch (a)
        {
            case PyInt x when b is PyInt y:
                return x.Value == y.Value;
            case PyStr x when b is PyStr y:
                return ReferenceEquals(x, y) || x.Value == y.Value;
            case PyFloat x when b is PyFloat y:
                return x.Value == y.Value;
            case PyInt or PyBigInt or PyFloat:
                return NumericEquals(a, b);
            case PyTuple x when b is PyTuple y:
                if (!builtinOnly && SubclassDecides(a, b)) return UserProtocol.CompareTruth(a, b, CompareOp.Eq);
                return SequenceEquals(x.Items, y.Items, depth);
            case PyList x when b is PyList y:
                if (!builtinOnly && SubclassDecides(a, b)) return UserProtocol.CompareTruth(a, b, CompareOp.Eq);
                return SequenceEquals(x.Items, y.Items, depth);
            case PyBytes x when b is PyBytes y:
                return x.Value.AsSpan().SequenceEqual(y.Value);
            case PyDict x when b is PyDict y:
                if (!builtinOnly && SubclassDecides(a, b)) return UserProtocol.CompareTruth(a, b, CompareOp.Eq);
                return DictEquals(x, y, depth);
            case PySet x when b is PySet y:
                return SetEquals(x, y);
            case DictView { Kind: not HashTableIterator.Kind.Values } x when b is DictView or PySet:
                return SetEquals(ViewSet(x), b is PySet bs ? bs : ViewSet((DictView)b));
            case PySet x when b is DictView { Kind: not HashTableIterator.Kind.Values } y:
                return SetEquals(x, ViewSet(y));
            case PyRange x when b is PyRange y:
                return RangeEquals(x, y);
            case PySlice x when b is PySlice y:
                Depth.Enter(ref depth, "in comparison");
                return Eq(x.Start, y.Start, depth) && Eq(x.Stop, y.Stop, depth) && Eq(x.Step, y.Step, depth);
            case PyGenericAlias x when b is PyGenericAlias y:
                return ReferenceEquals(x.Origin, y.Origin) && SequenceEquals(x.Args, y.Args, depth);
            case PyBoundMethod x when b is PyBoundMethod y:
                return ReferenceEquals(x.Self, y.Self) && ReferenceEquals(x.Function, y.Function);
            default:
                if (UserProtocol.DispatchesCompare(CompareOp.Eq, a, b))
                    return UserProtocol.CompareTruth(a, b, CompareOp.Eq);
                return ReferenceEquals(a, b);
        }
    }

    /// <summary>A list, dict or tuple subclass that overrides __eq__ (Counter, OrderedDict) decides
    /// for itself, also inside containers.</summary>
    private static bool SubclassDecides(PyObject a, PyObject b) =>
        (a is ISubclassInstance || b is ISubclassInstance) && UserProtocol.DispatchesCompare(CompareOp.Eq, a, b);

    private static bool NumericEquals(PyObject a, PyObject b)
    {
        if (b is not (PyInt or PyBigInt or PyFloat)) return false;
        return Comparison.CompareNumbers(a, b) == 0;
    }

    private static bool SequenceEquals(IReadOnlyList<PyObject> x, IReadOnlyList<PyObject> y, int depth)
    {
        if (x.Count != y.Count) return false;
        Depth.Enter(ref depth, "in comparison");
        for (var i = 0; i < x.Count; i++)
        {
            var p = x[i];
            var q = y[i];
            if (!ReferenceEquals(p, q) && !Eq(p, q, depth)) return false;
        }
        return true;
    }

    private static bool DictEquals(PyDict x, PyDict y, int depth)
    {
        if (x.Count != y.Count) return false;
        Depth.Enter(ref depth, "in comparison");
        foreach (var kv in x.Table.Entries())
        {
            var other = y.Table.Get(kv.Key);
            if (other is null) return false;
            if (!ReferenceEquals(other, kv.Value) && !Eq(kv.Value, other, depth)) return false;
        }
        return true;
    }

    private static PySet ViewSet(DictView v)
    {
        var set = new PySet(false);
        foreach (var item in Iteration.Enumerate(v)) set.Add(item);
        return set;
    }

    private static bool SetEquals(PySet x, PySet y)
    {
        if (x.Count != y.Count) return false;
        foreach (var kv in x.Table.Entries())
            if (!y.Contains(kv.Key)) return false;
        return true;
    }

    private static bool RangeEquals(PyRange x, PyRange y)
    {
        var n = x.Length;
        if (n != y.Length) return false;
        if (n == 0) return true;
        if (x.Start != y.Start) return false;
        return n == 1 || x.Step == y.Step;
    }
}
