using System.Numerics;
using Monty.Engine.Builtins;
using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;
using static Monty.Engine.Modules.Mathematics.MathArgs;
using SysMath = System.Math;

namespace Monty.Engine.Modules.Mathematics;

/// <summary>Integer functions and logarithms, which accept ints of any size.</summary>
internal static partial class MathModule
{
    private static void RegisterIntegers(Action<string, NativeFunction> add)
    {
        add("gcd", Gcd);
        add("lcm", Lcm);
        add("factorial", Factorial);
        add("comb", Comb);
        add("perm", Perm);
        add("isqrt", Isqrt);
    }

    private static PyObject Log(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("log", kwargs);
        if (args.Length is < 1 or > 2) throw PyErrors.TypeError("math.log requires 1 to 2 arguments");
        var num = LogOf(args[0]);
        if (args.Length == 1) return new PyFloat(num);
        var den = LogOf(args[1]);
        if (den == 0) throw PyErrors.ZeroDivision("float division by zero");
        return new PyFloat(num / den);
    }

    /// <summary>Natural log of an int of any size or a float; non-positive values are a domain error.</summary>
    private static double LogOf(PyObject x)
    {
        if (Numbers.TryGetBig(x, out var big) && x is not PyFloat)
        {
            if (big.Sign <= 0) throw DomainError();
            return LogOfBig(big, SysMath.Log);
        }
        var d = Real(x);
        if (double.IsNaN(d)) return d;
        if (d <= 0) throw DomainError();
        return SysMath.Log(d);
    }

    /// <summary>As CPython's loghelper: ints too big for a double are split as m * 2**e first,
    /// so log2(2**2000) is exactly 2000.0.</summary>
    private static double LogOfBig(BigInteger big, Func<double, double> log)
    {
        var bits = (long)big.GetBitLength();
        if (bits <= 1024 && double.IsFinite((double)big)) return log(Numbers.BigToDouble(big));
        var shift = (int)(bits - 60);
        var mantissa = (double)(big >> shift) / (double)(1UL << 60);
        return log(mantissa) + (double)bits * log(2.0);
    }

    /// <summary>log2/log10: the exact libm function where the value fits a double, so powers of
    /// the base give exact results; ints too big for a double go through the natural log.</summary>
    private static double LogWith(PyObject x, Func<double, double> log, double lnBase)
    {
        if (x is PyFloat or PyInt)
        {
            var d = Real(x);
            if (d > 0 || double.IsNaN(d)) return log(d);
        }
        if (Numbers.TryGetBig(x, out var big) && big.Sign > 0) return LogOfBig(big, log);
        return LogOf(x) / lnBase;
    }

    private static PyObject Gcd(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("gcd", kwargs);
        var g = BigInteger.Zero;
        foreach (var a in args) g = BigInteger.GreatestCommonDivisor(g, Integer(a));
        return PyInt.From(g);
    }

    private static PyObject Lcm(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("lcm", kwargs);
        var l = BigInteger.One;
        foreach (var a in args)
        {
            var v = BigInteger.Abs(Integer(a));
            if (l.IsZero || v.IsZero) { l = BigInteger.Zero; continue; }
            Budget.ChargeBigInt((long)(l.GetBitLength() + v.GetBitLength()));
            l = l / BigInteger.GreatestCommonDivisor(l, v) * v;
        }
        return PyInt.From(l);
    }

    private static PyObject Factorial(PyObject[] args, KeywordArgs? kwargs)
    {
        var x = One("factorial", args, kwargs);
        var n = Integer(x);
        if (n.Sign < 0) throw PyErrors.ValueError("factorial() not defined for negative values");
        if (n > long.MaxValue) throw PyErrors.OverflowError("factorial() argument should not exceed 9223372036854775807");
        return PyInt.From(FallingProduct((long)n, (long)n));
    }

    private static PyObject Comb(PyObject[] args, KeywordArgs? kwargs)
    {
        Two("comb", args, kwargs);
        BigInteger n = Integer(args[0]), k = Integer(args[1]);
        if (n.Sign < 0) throw PyErrors.ValueError("n must be a non-negative integer");
        if (k.Sign < 0) throw PyErrors.ValueError("k must be a non-negative integer");
        if (k > n) return PyInt.Get(0);
        k = BigInteger.Min(k, n - k);
        if (k > long.MaxValue) throw PyErrors.OverflowError("min(n - k, k) must not exceed 9223372036854775807");
        var kk = (long)k;
        if (kk == 0) return PyInt.Get(1);
        // comb = perm(n, k) / k!, both as balanced products so big results stay fast.
        return PyInt.From(FallingProduct(n, kk) / FallingProduct(kk, kk));
    }

    private static PyObject Perm(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("perm", kwargs);
        if (args.Length is < 1 or > 2) throw PyErrors.TypeError($"perm expected {(args.Length < 1 ? "at least 1 argument" : "at most 2 arguments")}, got {args.Length}");
        var n = Integer(args[0]);
        if (args.Length == 1 || args[1] is PySingleton { Name: "None" })
            return Factorial([args[0]], null);
        var k = Integer(args[1]);
        if (n.Sign < 0) throw PyErrors.ValueError("n must be a non-negative integer");
        if (k.Sign < 0) throw PyErrors.ValueError("k must be a non-negative integer");
        if (k > n) return PyInt.Get(0);
        if (k > long.MaxValue) throw PyErrors.OverflowError("k must not exceed 9223372036854775807");
        return PyInt.From(FallingProduct(n, (long)k));
    }

    /// <summary>n * (n-1) * ... * (n-count+1), charged to the memory budget up front (the result
    /// has about count * log2(n) bits) and computed as a balanced product tree.</summary>
    private static BigInteger FallingProduct(BigInteger n, long count)
    {
        if (count <= 0) return BigInteger.One;
        var bits = (double)count * SysMath.Max(1.0, BigInteger.Log(n, 2));
        Budget.ChargeBigInt(bits > long.MaxValue / 2 ? long.MaxValue / 2 : (long)bits);
        return ProductRange(n - count + 1, n);
    }

    // Product of the integers in [lo, hi]; recursion depth is log2 of the range length.
    private static BigInteger ProductRange(BigInteger lo, BigInteger hi)
    {
        if (hi - lo < 16)
        {
            var p = BigInteger.One;
            for (var i = lo; i <= hi; i++) p *= i;
            Budget.CheckTime();
            return p;
        }
        var mid = (lo + hi) / 2;
        return ProductRange(lo, mid) * ProductRange(mid + 1, hi);
    }

    private static PyObject Isqrt(PyObject[] args, KeywordArgs? kwargs)
    {
        var n = Integer(One("isqrt", args, kwargs));
        if (n.Sign < 0) throw PyErrors.ValueError("isqrt() argument must be nonnegative");
        if (n.IsZero) return PyInt.Get(0);
        // Newton's method from an overestimate; converges in O(log bits) steps.
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return PyInt.From(x);
            x = y;
            Budget.CheckTime();
        }
    }
}
