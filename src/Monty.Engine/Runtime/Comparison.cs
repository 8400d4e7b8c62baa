using System.Numerics;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>Ordering comparisons (&lt; &lt;= &gt; &gt;=) for builtin values, with CPython's errors.</summary>
internal static class Comparison
{
    public enum Op { Lt, Le, Gt, Ge }

    public static bool Compare(PyObject a, PyObject b, Op op)
    {
        if (a is PyInt x && b is PyInt y) return Test(x.Value.CompareTo(y.Value), op);
        if (UserProtocol.DispatchesCompare((Parsing.Ast.CompareOp)((int)op + 2), a, b))
            return UserProtocol.CompareTruth(a, b, (Parsing.Ast.CompareOp)((int)op + 2));
        return BuiltinCompare(a, b, op);
    }

    /// <summary>The builtin types' own ordering, even when a subclass overrides the operator
    /// (list.__lt__(self, other) inside a list subclass's __lt__).</summary>
    public static bool BuiltinCompare(PyObject a, PyObject b, Op op)
    {
        var c = TryCompare(a, b, op, 0);
        if (c is null) throw NotSupported(a, b, op);
        return Test(c.Value, op);
    }

    public static PyException NotSupported(PyObject a, PyObject b, Op op) =>
        PyErrors.TypeError($"'{Symbol(op)}' not supported between instances of '{a.Type.Name}' and '{b.Type.Name}'");

    public static string Symbol(Op op) => op switch
    {
        Op.Lt => "<",
        Op.Le => "<=",
        Op.Gt => ">",
        _ => ">=",
    };

    private static bool Test(int c, Op op) => op switch
    {
        Op.Lt => c < 0,
        Op.Le => c <= 0,
        Op.Gt => c > 0,
        _ => c >= 0,
    };

    /// <summary>Three-way comparison, or null when the types are not orderable. Returns
    /// int.MinValue for unordered floats (NaN), which makes every test false except via != .</summary>
    private static int? TryCompare(PyObject a, PyObject b, Op op, int depth)
    {
        switch (a)
        {
            case PyInt or PyBigInt or PyFloat when b is PyInt or PyBigInt or PyFloat:
                {
                    var c = CompareNumbers(a, b);
                    return c == NaNOrder ? Unordered(op) : c;
                }
            case PyStr x when b is PyStr y:
                return CompareStrings(x.Value, y.Value);
            case PyBytes x when b is PyBytes y:
                return x.Value.AsSpan().SequenceCompareTo(y.Value);
            case PyTuple x when b is PyTuple y:
                return CompareSequences(x.Items, y.Items, op, depth);
            case PyList x when b is PyList y:
                return CompareSequences(x.Items, y.Items, op, depth);
            case PySet x when b is PySet y:
                return CompareSets(x, y, op);
            case PyNativeValue n:
                {
                    var c = n.CompareTo(b) ?? -(b as PyNativeValue)?.CompareTo(a);
                    return c == NaNOrder ? Unordered(op) : c;
                }
            default:
                return (b as PyNativeValue)?.CompareTo(a) is { } reflected ? reflected == NaNOrder ? Unordered(op) : -reflected : null;
        }
    }

    /// <summary>Ordinal comparison by code point (UTF-16 ordinal order differs for astral chars).</summary>
    public static int CompareStrings(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            var ca = a[i];
            var cb = b[i];
            if (ca == cb) continue;
            if (char.IsSurrogate(ca) || char.IsSurrogate(cb))
                return char.ConvertToUtf32(a, i).CompareTo(char.ConvertToUtf32(b, i));
            return ca.CompareTo(cb);
        }
        return a.Length.CompareTo(b.Length);
    }

    private static int? CompareSequences(IReadOnlyList<PyObject> x, IReadOnlyList<PyObject> y, Op op, int depth)
    {
        Depth.Enter(ref depth, "in comparison");
        var n = Math.Min(x.Count, y.Count);
        for (var i = 0; i < n; i++)
        {
            if (ReferenceEquals(x[i], y[i]) || Equality.Eq(x[i], y[i])) continue;
            var c = TryCompare(x[i], y[i], op, depth);
            if (c is null) throw NotSupported(x[i], y[i], op);
            return c;
        }
        return x.Count.CompareTo(y.Count);
    }

    private static int CompareSets(PySet x, PySet y, Op op)
    {
        // Subset ordering: answer the asked question directly, as it is a partial order.
        bool Subset(PySet p, PySet q)
        {
            if (p.Count > q.Count) return false;
            foreach (var kv in p.Table.Entries())
                if (!q.Contains(kv.Key)) return false;
            return true;
        }
        var result = op switch
        {
            Op.Lt => x.Count < y.Count && Subset(x, y),
            Op.Le => Subset(x, y),
            Op.Gt => x.Count > y.Count && Subset(y, x),
            _ => Subset(y, x),
        };
        return op switch
        {
            Op.Lt or Op.Le => result ? -1 : 1,
            _ => result ? 1 : -1,
        };
    }

    private const int NaNOrder = int.MinValue;

    private static int Unordered(Op op) => op is Op.Lt or Op.Le ? 1 : -1;

    /// <summary>Exact comparison of two numbers (ints compare exactly with floats, as in CPython).</summary>
    public static int CompareNumbers(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y) return x.Value.CompareTo(y.Value);
        if (a is PyFloat fa && b is PyFloat fb)
            return double.IsNaN(fa.Value) || double.IsNaN(fb.Value) ? NaNOrder : fa.Value.CompareTo(fb.Value);
        if (a is PyFloat f) return -CompareIntFloat(Numbers.ToBig(b), f.Value);
        if (b is PyFloat g) return CompareIntFloat(Numbers.ToBig(a), g.Value);
        return Numbers.ToBig(a).CompareTo(Numbers.ToBig(b));
    }

    private static int CompareIntFloat(BigInteger i, double d)
    {
        if (double.IsNaN(d)) return NaNOrder;
        if (double.IsPositiveInfinity(d)) return -1;
        if (double.IsNegativeInfinity(d)) return 1;
        var floor = Math.Floor(d);
        var c = i.CompareTo(new BigInteger(floor));
        if (c != 0) return c;
        return floor == d ? 0 : -1;
    }
}
