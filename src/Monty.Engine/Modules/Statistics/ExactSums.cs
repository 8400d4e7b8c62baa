using System.Numerics;
using Monty.Engine.Modules.Fractions;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Statistics;

/// <summary>The exact core of CPython's statistics module: _sum, _ss, _coerce and _convert. Sums are
/// exact rationals; a NaN or infinity short-circuits to float arithmetic, as there.</summary>
internal static class ExactSums
{
    /// <summary>The result type: int, float or Fraction (CPython's _coerce over the data's types).</summary>
    public enum Kind { Int, Float, Fraction }

    /// <summary>An exact total, or a non-finite float when the data held one.</summary>
    public readonly record struct Total(Rational Exact, double? NonFinite);

    private static Kind KindOf(PyObject x) => x switch
    {
        PyInt or PyBigInt => Kind.Int,
        PyFloat => Kind.Float,
        PyFraction => Kind.Fraction,
        _ => throw PyErrors.TypeError($"can't convert type '{x.Type.Name}' to numerator/denominator"),
    };

    private static Kind Coerce(Kind t, Kind s) => (t, s) switch
    {
        _ when t == s => t,
        (_, Kind.Int) => t,
        (Kind.Int, _) => s,
        (Kind.Fraction, Kind.Float) => Kind.Float,
        _ => Kind.Float,
    };

    public static (Kind Type, Total Sum, int Count) Sum(IReadOnlyList<PyObject> data)
    {
        var kind = Kind.Int;
        var total = Rational.Zero;
        double? special = null;
        var seen = 0;
        foreach (var x in data)
        {
            if ((++seen & 1023) == 0) Limits.Budget.CheckTime();
            kind = Coerce(kind, KindOf(x));
            if (x is PyFloat { Value: var d } && !double.IsFinite(d)) special = special is null ? d : special + d;
            else total += Rational.TryFrom(x)!.Value;
        }
        return (kind, new Total(total, special), data.Count);
    }

    /// <summary>Sum of squared deviations from the mean, exactly: (n·Σx² − (Σx)²) / n.</summary>
    public static (Kind Type, Total Ss, int Count) SumOfSquares(IReadOnlyList<PyObject> data, PyObject? center)
    {
        if (center is not null and not PySingleton)
        {
            var deviations = new List<PyObject>(data.Count);
            foreach (var x in data)
            {
                var d = Arithmetic.Binary(Parsing.Ast.BinaryOp.Sub, x, center);
                deviations.Add(Arithmetic.Binary(Parsing.Ast.BinaryOp.Mult, d, d));
            }
            return Sum(deviations);
        }
        var kind = Kind.Int;
        Rational sx = Rational.Zero, sxx = Rational.Zero;
        double? special = null;
        var seen = 0;
        foreach (var x in data)
        {
            if ((++seen & 1023) == 0) Limits.Budget.CheckTime();
            kind = Coerce(kind, KindOf(x));
            if (x is PyFloat { Value: var f } && !double.IsFinite(f))
            {
                special = special is null ? f : special + f;
                continue;
            }
            var r = Rational.TryFrom(x)!.Value;
            sx += r;
            sxx += r * r;
        }
        var n = data.Count;
        if (special is not null || n == 0) return (kind, new Total(Rational.Zero, special), n);
        var count = Rational.FromInt(n);
        return (kind, new Total((count * sxx - sx * sx) / count, null), n);
    }

    /// <summary>_convert(total / divisor, T): ints stay ints only when the result is whole.</summary>
    public static PyObject Convert(Total total, BigInteger divisor, Kind kind)
    {
        if (total.NonFinite is { } special) return new PyFloat(special / (double)divisor);
        var value = total.Exact / Rational.FromInt(divisor);
        return kind switch
        {
            Kind.Int when value.IsInteger => PyInt.From(value.Num),
            Kind.Fraction => new PyFraction(value),
            _ => new PyFloat(value.ToDouble()),
        };
    }

    /// <summary>sqrt(n/m) correctly rounded to a float (CPython 3.11's _float_sqrt_of_frac).</summary>
    public static double SqrtOfFraction(BigInteger n, BigInteger m)
    {
        const int sqrtBitWidth = 2 * 53 + 3;
        var q = Arithmetic.FloorDiv((long)n.GetBitLength() - (long)m.GetBitLength() - sqrtBitWidth, 2);
        if (q >= 0)
            return Arithmetic.TrueDivide(IntegerSqrtOfFracRoundToOdd(n, m << (int)(2 * q)) << (int)q, BigInteger.One);
        return Arithmetic.TrueDivide(IntegerSqrtOfFracRoundToOdd(n << (int)(-2 * q), m), BigInteger.One << (int)-q);
    }

    private static BigInteger IntegerSqrtOfFracRoundToOdd(BigInteger n, BigInteger m)
    {
        var a = ISqrt(n / m);
        return a * a * m != n ? a | BigInteger.One : a;
    }

    public static BigInteger ISqrt(BigInteger n)
    {
        if (n.Sign <= 0) return BigInteger.Zero;
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }
}
