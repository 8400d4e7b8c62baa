using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;
using Monty.Engine.Builtins;
using Monty.Engine.Runtime;
using Monty.Engine.Limits;
using static Monty.Engine.Modules.Mathematics.MathArgs;
using SysMath = System.Math;

namespace Monty.Engine.Modules.Mathematics;

/// <summary>Functions over many values: fsum (exact), prod, hypot, dist, isclose.</summary>
internal static partial class MathModule
{
    private static void RegisterSums(Action<string, NativeFunction> add)
    {
        add("fsum", Fsum);
        add("prod", Prod);
        add("hypot", (a, k) => { NativeArgs.NoKeywords("hypot", k); return new PyFloat(Norm(a.Select(Real).ToArray())); });
        add("dist", Dist);
        add("isclose", IsClose);
    }

    private static PyObject Prod(PyObject[] args, KeywordArgs? kwargs)
    {
        var values = MethodArgs.Parse("prod", args, 0, kwargs, ["iterable", "start"], 1, 1);
        PyObject acc = values[1] ?? PyInt.Get(1);
        var n = 0;
        foreach (var item in Iteration.Enumerate(values[0]!))
        {
            acc = Arithmetic.Binary(BinaryOp.Mult, acc, item);
            if ((++n & 1023) == 0) Budget.CheckTime();
        }
        return acc;
    }

    /// <summary>Shewchuk's exactly rounded sum with a list of non-overlapping partials, with
    /// CPython's handling of infinities, NaN and intermediate overflow.</summary>
    private static PyObject Fsum(PyObject[] args, KeywordArgs? kwargs)
    {
        var iterable = One("fsum", args, kwargs);
        var partials = new List<double>();
        double specialSum = 0, infSum = 0;
        var count = 0;
        foreach (var item in Iteration.Enumerate(iterable))
        {
            if ((++count & 1023) == 0) Budget.CheckTime();
            var x = Real(item);
            var original = x;
            var i = 0;
            for (var j = 0; j < partials.Count; j++)
            {
                var y = partials[j];
                if (SysMath.Abs(x) < SysMath.Abs(y)) (x, y) = (y, x);
                var hi = x + y;
                var lo = y - (hi - x);
                if (lo != 0) partials[i++] = lo;
                x = hi;
            }
            partials.RemoveRange(i, partials.Count - i);
            if (double.IsFinite(x))
            {
                partials.Add(x);
                continue;
            }
            if (double.IsFinite(original)) throw PyErrors.OverflowError("intermediate overflow in fsum");
            if (double.IsInfinity(original)) infSum += original;
            specialSum += original;
            partials.Clear();
        }
        if (specialSum != 0 || double.IsNaN(specialSum))
        {
            if (double.IsNaN(infSum)) throw PyErrors.ValueError("-inf + inf in fsum");
            return new PyFloat(specialSum);
        }
        return new PyFloat(RoundPartials(partials));
    }

    private static double RoundPartials(List<double> partials)
    {
        var n = partials.Count;
        if (n == 0) return 0.0;
        double hi = partials[--n], lo = 0;
        while (n > 0)
        {
            var x = hi;
            var y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0) break;
        }
        // Half-way case: make the rounding of hi + lo honour the sign of the remaining partials.
        if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)))
        {
            var y = lo * 2;
            var x = hi + y;
            if (y == x - hi) hi = x;
        }
        return hi;
    }

    /// <summary>Euclidean norm, scaled by the largest magnitude to avoid overflow, with a
    /// compensated sum of squares.</summary>
    private static double Norm(double[] values)
    {
        double max = 0;
        var sawNaN = false;
        foreach (var v in values)
        {
            var a = SysMath.Abs(v);
            if (double.IsNaN(a)) sawNaN = true;
            else if (a > max) max = a;
        }
        if (double.IsInfinity(max)) return max;
        if (sawNaN) return double.NaN;
        if (max == 0 || values.Length == 1) return max;
        if (values.Length == 2) return double.Hypot(values[0], values[1]);
        var parts = new List<double>(values.Length);
        foreach (var v in values) { var s = v / max; parts.Add(s * s); }
        var sum = 0.0;
        var c = 0.0;
        foreach (var p in parts)
        {
            var t = sum + p;
            c += SysMath.Abs(sum) >= SysMath.Abs(p) ? (sum - t) + p : (p - t) + sum;
            sum = t;
        }
        return max * SysMath.Sqrt(sum + c);
    }

    private static PyObject Dist(PyObject[] args, KeywordArgs? kwargs)
    {
        Two("dist", args, kwargs);
        if (args[0] is not (PyList or PyTuple) || args[1] is not (PyList or PyTuple))
            throw PyErrors.TypeError($"dist() argument 1 must be tuple, not {args[0].Type.Name}");
        var p = Iteration.AsReadOnlyList(args[0]);
        var q = Iteration.AsReadOnlyList(args[1]);
        if (p.Count != q.Count) throw PyErrors.ValueError("both points must have the same number of dimensions");
        var diffs = new double[p.Count];
        for (var i = 0; i < p.Count; i++) diffs[i] = Real(p[i]) - Real(q[i]);
        return new PyFloat(Norm(diffs));
    }

    private static PyObject IsClose(PyObject[] args, KeywordArgs? kwargs)
    {
        var values = MethodArgs.Parse("isclose", args, 0, kwargs, ["a", "b", "rel_tol", "abs_tol"], 2, 2);
        double a = Real(values[0]!), b = Real(values[1]!);
        var relTol = values[2] is null ? 1e-9 : Real(values[2]!);
        var absTol = values[3] is null ? 0.0 : Real(values[3]!);
        if (relTol < 0 || absTol < 0) throw PyErrors.ValueError("tolerances must be non-negative");
        if (a == b) return PyBool.True;
        if (double.IsInfinity(a) || double.IsInfinity(b)) return PyBool.False;
        var diff = SysMath.Abs(b - a);
        return PyBool.Of(diff <= SysMath.Abs(relTol * b) || diff <= SysMath.Abs(relTol * a) || diff <= absTol);
    }
}
