using System.Numerics;
using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Fractions;

/// <summary>An exact rational in lowest terms with a positive denominator: the arithmetic behind
/// fractions.Fraction and statistics' exact sums.</summary>
internal readonly record struct Rational(BigInteger Num, BigInteger Den)
{
    public static readonly Rational Zero = new(BigInteger.Zero, BigInteger.One);

    public static Rational Of(BigInteger num, BigInteger den)
    {
        if (den.IsZero) throw PyErrors.ZeroDivision($"Fraction({num}, 0)");
        if (den.Sign < 0)
        {
            num = -num;
            den = -den;
        }
        var g = BigInteger.GreatestCommonDivisor(num, den);
        if (!g.IsOne && !g.IsZero)
        {
            num /= g;
            den /= g;
        }
        Budget.ChargeBigInt(num.GetBitLength() + den.GetBitLength());
        return new Rational(num, den);
    }

    public static Rational FromInt(BigInteger n) => new(n, BigInteger.One);

    /// <summary>The exact value of a finite float (float.as_integer_ratio).</summary>
    public static Rational FromDouble(double d)
    {
        var (num, den) = Datetime.PyTimeDelta.Ratio(d);
        return new Rational(num, den);
    }

    /// <summary>ints, bools and floats as exact rationals; null for anything else.</summary>
    public static Rational? TryFrom(PyObject o) => o switch
    {
        PyInt or PyBigInt => FromInt(Numbers.ToBig(o)),
        PyFloat f => FromDouble(f.Value),
        PyFraction fr => fr.Value,
        _ => null,
    };

    public int Sign => Num.Sign;

    public bool IsInteger => Den.IsOne;

    public static Rational operator +(Rational a, Rational b) => Of(a.Num * b.Den + b.Num * a.Den, a.Den * b.Den);

    public static Rational operator -(Rational a, Rational b) => Of(a.Num * b.Den - b.Num * a.Den, a.Den * b.Den);

    public static Rational operator *(Rational a, Rational b) => Of(a.Num * b.Num, a.Den * b.Den);

    public static Rational operator /(Rational a, Rational b) => Of(a.Num * b.Den, a.Den * b.Num);

    public static Rational operator -(Rational a) => new(-a.Num, a.Den);

    public int CompareTo(Rational other) => (Num * other.Den).CompareTo(other.Num * Den);

    public double ToDouble() => Arithmetic.TrueDivide(Num, Den);

    public BigInteger Floor() => Arithmetic.FloorDiv(Num, Den);

    public BigInteger Truncate() => BigInteger.Divide(Num, Den);

    /// <summary>Rounds to the nearest integer, ties to even (round()).</summary>
    public BigInteger RoundHalfEven() => Datetime.PyTimeDelta.RoundHalfEven(Num, Den);

    /// <summary>CPython's hash for rationals, so Fraction(1, 2) hashes like 0.5 and Fraction(3) like 3.</summary>
    public long Hash()
    {
        var modulus = (BigInteger.One << 61) - 1;
        long hash;
        if ((Den % modulus).IsZero)
        {
            hash = 314159;
        }
        else
        {
            var inverse = BigInteger.ModPow(Den, modulus - 2, modulus);
            var h = BigInteger.Abs(Num) % modulus * inverse % modulus;
            hash = (long)h;
        }
        var result = Num.Sign >= 0 ? hash : -hash;
        return result == -1 ? -2 : result;
    }
}
