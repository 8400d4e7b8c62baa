using System.Runtime.CompilerServices;
using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Runtime;

/// <summary>Type-dispatched protocols used by the VM and builtins: truth, len, unary operators,
/// comparisons and membership. Builtin types take fast paths; everything else goes through
/// the type (user classes plug in there).</summary>
internal static class Ops
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Truthy(PyObject o)
    {
        if (ReferenceEquals(o, PyBool.True)) return true;
        if (ReferenceEquals(o, PyBool.False) || ReferenceEquals(o, PySingleton.None)) return false;
        return TruthySlow(o);
    }

    private static bool TruthySlow(PyObject o) => o switch
    {
        PyInt i => i.Value != 0,
        PyStr s => s.Value.Length != 0,
        PyFloat f => f.Value != 0,
        PyList l => l.Count != 0,
        PyTuple t => t.Count != 0,
        PyDict d => d.Count != 0,
        PySet s => s.Count != 0,
        PyBytes b => b.Value.Length != 0,
        PyBigInt => true,
        PyRange r => r.Length != 0,
        DictView v => v.Dict.Count != 0,
        _ => !UserProtocol.IsUser(o) || UserProtocol.Truthy(o),
    };

    public static long Len(PyObject o) => o switch
    {
        PyStr s => s.Length,
        PyList l => l.Count,
        PyTuple t => t.Count,
        PyDict d => d.Count,
        PySet s => s.Count,
        PyBytes b => b.Value.Length,
        PyRange r => r.Length,
        DictView v => v.Dict.Count,
        _ when UserProtocol.IsUser(o) => UserProtocol.Len(o),
        _ => throw PyErrors.TypeError($"object of type '{o.Type.Name}' has no len()"),
    };

    public static PyObject Unary(UnaryOp op, PyObject o)
    {
        if (UserProtocol.IsUser(o) && o is not ISubclassInstance) return UserProtocol.Unary(op, o);
        switch (op)
        {
            case UnaryOp.Not:
                return PyBool.Of(!Truthy(o));
            case UnaryOp.USub:
                return o switch
                {
                    PyInt i when i.Value != long.MinValue => PyInt.Get(-i.Value),
                    PyInt i => PyInt.From(-(System.Numerics.BigInteger)i.Value),
                    PyBigInt b => PyInt.From(-b.Value),
                    PyFloat f => new PyFloat(-f.Value),
                    _ => throw BadOperand("-", o),
                };
            case UnaryOp.UAdd:
                return o switch
                {
                    PyBool b => PyInt.Get(b.Value),
                    PyInt or PyBigInt or PyFloat => o,
                    _ => throw BadOperand("+", o),
                };
            default:
                return o switch
                {
                    PyInt i => PyInt.Get(~i.Value),
                    PyBigInt b => PyInt.From(-b.Value - 1),
                    _ => throw BadOperand("~", o),
                };
        }
    }

    public static PyException BadOperand(string op, PyObject o) =>
        PyErrors.TypeError($"bad operand type for unary {op}: '{o.Type.Name}'");

    /// <summary>== as a Python value (always a bool for builtins).</summary>
    public static bool Eq(PyObject a, PyObject b) => ReferenceEquals(a, b) && a is not PyFloat || Equality.Eq(a, b);

    public static bool Contains(PyObject container, PyObject item)
    {
        switch (container)
        {
            case PyStr s:
                if (item is not PyStr sub)
                    throw PyErrors.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");
                return s.Value.Contains(sub.Value, StringComparison.Ordinal);
            case PyDict d:
                return d.Table.ContainsKey(item);
            case PySet set:
                return set.Contains(item);
            case DictView { Kind: HashTableIterator.Kind.Keys } v:
                return v.Dict.Table.ContainsKey(item);
            case PyRange r:
                return RangeContains(r, item);
            case PyBytes b:
                return BytesContains(b, item);
            case PyList or PyTuple or DictView or PyIterator or PyGenerator:
                foreach (var x in Iteration.Enumerate(container))
                    if (ReferenceEquals(x, item) || Equality.Eq(x, item)) return true;
                return false;
            default:
                if (UserProtocol.IsUser(container)) return UserProtocol.Contains(container, item);
                throw PyErrors.TypeError($"argument of type '{container.Type.Name}' is not iterable");
        }
    }

    private static bool RangeContains(PyRange r, PyObject item)
    {
        if (item is not PyInt i)
        {
            foreach (var x in Iteration.Enumerate(r))
                if (Equality.Eq(x, item)) return true;
            return false;
        }
        var v = i.Value;
        if (r.Step > 0 ? v < r.Start || v >= r.Stop : v > r.Start || v <= r.Stop) return false;
        return (v - r.Start) % r.Step == 0;
    }

    private static bool BytesContains(PyBytes b, PyObject item)
    {
        if (item is PyInt i)
        {
            if (i.Value is < 0 or > 255) throw PyErrors.ValueError("byte must be in range(0, 256)");
            return Array.IndexOf(b.Value, (byte)i.Value) >= 0;
        }
        if (item is PyBytes sub) return b.Value.AsSpan().IndexOf(sub.Value) >= 0;
        throw PyErrors.TypeError($"a bytes-like object is required, not '{item.Type.Name}'");
    }

    /// <summary>isinstance for builtin and exception types (bool is an int, as in Python).</summary>
    public static bool IsInstance(PyObject o, PyType type) => o.Type.IsSubtypeOf(type);
}
