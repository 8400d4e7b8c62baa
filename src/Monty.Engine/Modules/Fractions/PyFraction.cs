using System.Numerics;
using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Fractions;

/// <summary>fractions.Fraction: exact with ints and Fractions, float arithmetic with floats, as
/// CPython's fractions.py decides operand by operand.</summary>
internal sealed class PyFraction(Rational value) : PyNativeValue
{
    public Rational Value { get; } = value;

    public override PyType Type => FractionsModule.FractionType;

    public override string ReprText() => $"Fraction({Value.Num}, {Value.Den})";

    public override string StrText() => Value.IsInteger ? Value.Num.ToString() : $"{Value.Num}/{Value.Den}";

    public override bool IsTruthy => !Value.Num.IsZero;

    public override long HashValue() => Value.Hash();

    public override PyObject? ToFloat() => new PyFloat(Value.ToDouble());

    public override PyObject? ToInt() => PyInt.From(Value.Truncate());

    public override PyObject? Abs() => new PyFraction(new Rational(BigInteger.Abs(Value.Num), Value.Den));

    public override PyObject? Unary(UnaryOp op) => op switch
    {
        UnaryOp.USub => new PyFraction(-Value),
        UnaryOp.UAdd => this,
        _ => null,
    };

    public override PyObject? Attribute(string name) => name switch
    {
        "numerator" => PyInt.From(Value.Num),
        "denominator" => PyInt.From(Value.Den),
        "real" => this,
        "imag" => PyInt.Get(0),
        _ => null,
    };

    public override PyObject? Round(PyObject? ndigits)
    {
        if (ndigits is null) return PyInt.From(Value.RoundHalfEven());
        var n = Numbers.ToIndex(ndigits);
        var shift = BigInteger.Pow(10, (int)Math.Min(Math.Abs(n), 100000));
        if (n >= 0) return new PyFraction(Rational.Of(Datetime.PyTimeDelta.RoundHalfEven(Value.Num * shift, Value.Den), shift));
        return new PyFraction(Rational.FromInt(Datetime.PyTimeDelta.RoundHalfEven(Value.Num, Value.Den * shift) * shift));
    }

    public override bool? EqualsValue(PyObject other) => other switch
    {
        PyFloat f when !double.IsFinite(f.Value) => false,
        _ => Rational.TryFrom(other) is { } r ? r.CompareTo(Value) == 0 : null,
    };

    public override int? CompareTo(PyObject other)
    {
        if (other is PyFloat f && !double.IsFinite(f.Value))
            return double.IsNaN(f.Value) ? int.MinValue : f.Value > 0 ? -1 : 1;
        return Rational.TryFrom(other) is { } r ? Value.CompareTo(r) : null;
    }

    public override PyObject? Binary(BinaryOp op, PyObject other, bool reflected)
    {
        if (other is PyFloat f)
        {
            var (x, y) = reflected ? (f, new PyFloat(Value.ToDouble())) : (new PyFloat(Value.ToDouble()), f);
            return Arithmetic.Binary(op, x, y);
        }
        if (Rational.TryFrom(other) is not { } r) return null;
        var (a, b) = reflected ? (r, Value) : (Value, r);
        switch (op)
        {
            case BinaryOp.Add: return new PyFraction(a + b);
            case BinaryOp.Sub: return new PyFraction(a - b);
            case BinaryOp.Mult: return new PyFraction(a * b);
            case BinaryOp.Div:
                if (b.Num.IsZero) throw PyErrors.ZeroDivision($"Fraction({a.Num * b.Den}, 0)");
                return new PyFraction(a / b);
            case BinaryOp.FloorDiv:
                if (b.Num.IsZero) throw PyErrors.ZeroDivision("integer division or modulo by zero");
                return PyInt.From(Arithmetic.FloorDiv(a.Num * b.Den, a.Den * b.Num));
            case BinaryOp.Mod:
                if (b.Num.IsZero) throw PyErrors.ZeroDivision("integer modulo by zero");
                return new PyFraction(Rational.Of(Arithmetic.Mod(a.Num * b.Den, b.Num * a.Den), a.Den * b.Den));
            case BinaryOp.Pow:
                return Power(a, b);
            default:
                return null;
        }
    }

    private static PyObject Power(Rational a, Rational b)
    {
        if (!b.IsInteger) return Arithmetic.Binary(BinaryOp.Pow, new PyFloat(a.ToDouble()), new PyFloat(b.ToDouble()));
        if (BigInteger.Abs(b.Num) > 100000) throw PyErrors.New(ExceptionTypes.MemoryError, "");
        var p = (int)b.Num;
        Limits.Budget.ChargeBigInt((a.Num.GetBitLength() + a.Den.GetBitLength()) * Math.Abs((long)p));
        if (p >= 0) return new PyFraction(new Rational(BigInteger.Pow(a.Num, p), BigInteger.Pow(a.Den, p)));
        if (a.Num.IsZero) throw PyErrors.ZeroDivision($"Fraction({BigInteger.Pow(a.Den, -p)}, 0)");
        return new PyFraction(Rational.Of(BigInteger.Pow(a.Den, -p), BigInteger.Pow(a.Num, -p)));
    }

    public override PyObject? DivMod(PyObject other, bool reflected)
    {
        if (other is PyFloat) return null;
        if (Rational.TryFrom(other) is not { } r) return null;
        var (a, b) = reflected ? (r, Value) : (Value, r);
        if (b.Num.IsZero) throw PyErrors.ZeroDivision("integer division or modulo by zero");
        var div = Arithmetic.FloorDiv(a.Num * b.Den, a.Den * b.Num);
        return PyTuple.Of(PyInt.From(div), new PyFraction(a - Rational.FromInt(div) * b));
    }

    /// <summary>limit_denominator: the closest fraction with a denominator at most max.</summary>
    public PyFraction LimitDenominator(BigInteger max)
    {
        if (max < 1) throw PyErrors.ValueError("max_denominator should be at least 1");
        if (Value.Den <= max) return this;
        BigInteger p0 = 0, q0 = 1, p1 = 1, q1 = 0, n = Value.Num, d = Value.Den;
        while (true)
        {
            var a = Arithmetic.FloorDiv(n, d);
            var q2 = q0 + a * q1;
            if (q2 > max) break;
            (p0, q0, p1, q1) = (p1, q1, p0 + a * p1, q2);
            (n, d) = (d, n - a * d);
        }
        var k = Arithmetic.FloorDiv(max - q0, q1);
        var bound1 = Rational.Of(p0 + k * p1, q0 + k * q1);
        var bound2 = Rational.Of(p1, q1);
        var d2 = bound2 - Value;
        var d1 = bound1 - Value;
        return new PyFraction(new Rational(BigInteger.Abs(d2.Num), d2.Den).CompareTo(new Rational(BigInteger.Abs(d1.Num), d1.Den)) <= 0 ? bound2 : bound1);
    }
}
