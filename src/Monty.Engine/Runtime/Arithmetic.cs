using Monty.Engine.Limits;
using System.Numerics;
using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Runtime;

/// <summary>Binary operators on builtin values: int fast paths first, then floats, sequences,
/// sets and dicts, with CPython's error messages.</summary>
internal static partial class Arithmetic
{
    public static PyObject Binary(BinaryOp op, PyObject a, PyObject b, bool inPlace = false)
    {
        if (a is PyInt x && b is PyInt y)
        {
            if (a is PyBool p && b is PyBool q && op is BinaryOp.BitAnd or BinaryOp.BitOr or BinaryOp.BitXor)
                return PyBool.Of(op switch { BinaryOp.BitAnd => p.Value & q.Value, BinaryOp.BitOr => p.Value | q.Value, _ => p.Value ^ q.Value } != 0);
            var r = SmallInt(op, x.Value, y.Value);
            if (r is not null) return r;
        }
        if (UserProtocol.DispatchesBinary(op, a, b)) return UserProtocol.Binary(op, a, b, inPlace);
        var result = a switch
        {
            PyInt or PyBigInt when b is PyInt or PyBigInt => BigInt(op, Numbers.ToBig(a), Numbers.ToBig(b)),
            PyFloat or PyInt or PyBigInt when b is PyFloat or PyInt or PyBigInt => FloatOp(op, a, b),
            _ => Other(op, a, b, inPlace),
        };
        return result ?? throw Unsupported(op, a, b, inPlace);
    }

    public static PyException Unsupported(BinaryOp op, PyObject a, PyObject b, bool inPlace = false) =>
        PyErrors.TypeError($"unsupported operand type(s) for {Symbol(op)}{(inPlace ? "=" : "")}: '{a.Type.Name}' and '{b.Type.Name}'");

    public static string Symbol(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+",
        BinaryOp.Sub => "-",
        BinaryOp.Mult => "*",
        BinaryOp.MatMult => "@",
        BinaryOp.Div => "/",
        BinaryOp.FloorDiv => "//",
        BinaryOp.Mod => "%",
        BinaryOp.Pow => "** or pow()",
        BinaryOp.LShift => "<<",
        BinaryOp.RShift => ">>",
        BinaryOp.BitOr => "|",
        BinaryOp.BitXor => "^",
        _ => "&",
    };

    /// <summary>64-bit fast path; null when the result needs a BigInteger or a float.</summary>
    internal static PyObject? SmallInt(BinaryOp op, long a, long b)
    {
        switch (op)
        {
            case BinaryOp.Add:
                {
                    var r = a + b;
                    return ((a ^ r) & (b ^ r)) < 0 ? null : PyInt.Get(r);
                }
            case BinaryOp.Sub:
                {
                    var r = a - b;
                    return ((a ^ b) & (a ^ r)) < 0 ? null : PyInt.Get(r);
                }
            case BinaryOp.Mult:
                {
                    var r = Math.BigMul(a, b, out var low);
                    return (r == 0 && low >= 0) || (r == -1 && low < 0) ? PyInt.Get(low) : null;
                }
            case BinaryOp.FloorDiv:
                if (b == 0) throw PyErrors.ZeroDivision("integer division or modulo by zero");
                if (a == long.MinValue && b == -1) return null;
                {
                    var q = a / b;
                    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
                    return PyInt.Get(q);
                }
            case BinaryOp.Mod:
                if (b == 0) throw PyErrors.ZeroDivision("integer modulo by zero");
                if (b == -1) return PyInt.Get(0);
                {
                    var m = a % b;
                    if (m != 0 && ((m < 0) != (b < 0))) m += b;
                    return PyInt.Get(m);
                }
            case BinaryOp.Div:
                if (b == 0) throw PyErrors.ZeroDivision("division by zero");
                if (Math.Abs(a) <= 1L << 53 && Math.Abs(b) <= 1L << 53) return new PyFloat((double)a / b);
                return null;
            case BinaryOp.BitAnd:
                return PyInt.Get(a & b);
            case BinaryOp.BitOr:
                return PyInt.Get(a | b);
            case BinaryOp.BitXor:
                return PyInt.Get(a ^ b);
            case BinaryOp.LShift:
                if (b < 0) throw PyErrors.ValueError("negative shift count");
                if (b < 62 && a >= -(1L << (62 - (int)b)) && a < 1L << (62 - (int)b)) return PyInt.Get(a << (int)b);
                return null;
            case BinaryOp.RShift:
                if (b < 0) throw PyErrors.ValueError("negative shift count");
                return PyInt.Get(b >= 64 ? (a < 0 ? -1 : 0) : a >> (int)b);
            case BinaryOp.Pow:
                return null;
            default:
                return null;
        }
    }

    private static PyObject? BigInt(BinaryOp op, BigInteger a, BigInteger b)
    {
        switch (op)
        {
            case BinaryOp.Add:
                return Result(a + b);
            case BinaryOp.Sub:
                return Result(a - b);
            case BinaryOp.Mult:
                Budget.ChargeBigInt(a.GetBitLength() + b.GetBitLength());
                return Result(a * b);
            case BinaryOp.FloorDiv:
                if (b.IsZero) throw PyErrors.ZeroDivision("integer division or modulo by zero");
                return Result(FloorDiv(a, b));
            case BinaryOp.Mod:
                if (b.IsZero) throw PyErrors.ZeroDivision("integer modulo by zero");
                return Result(Mod(a, b));
            case BinaryOp.Div:
                if (b.IsZero) throw PyErrors.ZeroDivision("division by zero");
                return new PyFloat(TrueDivide(a, b));
            case BinaryOp.BitAnd:
                return Result(a & b);
            case BinaryOp.BitOr:
                return Result(a | b);
            case BinaryOp.BitXor:
                return Result(a ^ b);
            case BinaryOp.LShift:
                if (b.Sign < 0) throw PyErrors.ValueError("negative shift count");
                if (a.IsZero) return PyInt.Get(0);
                if (b > int.MaxValue) throw PyErrors.New(ExceptionTypes.MemoryError, "");
                Budget.ChargeBigInt(a.GetBitLength() + (long)b);
                return Result(a << (int)b);
            case BinaryOp.RShift:
                if (b.Sign < 0) throw PyErrors.ValueError("negative shift count");
                if (b > int.MaxValue) return PyInt.Get(a.Sign < 0 ? -1 : 0);
                return Result(a >> (int)b);
            case BinaryOp.Pow:
                return IntPow(a, b);
            default:
                return null;
        }
    }

    private static PyObject Result(BigInteger v) => PyInt.From(v);

    public static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) q -= 1;
        return q;
    }

    public static BigInteger Mod(BigInteger a, BigInteger b)
    {
        var r = BigInteger.Remainder(a, b);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) r += b;
        return r;
    }

    /// <summary>Correctly rounded int / int, even for ints beyond double range.</summary>
    public static double TrueDivide(BigInteger a, BigInteger b)
    {
        if (BigInteger.Abs(a) <= (BigInteger.One << 53) && BigInteger.Abs(b) <= (BigInteger.One << 53))
            return (double)a / (double)b;
        var negative = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        // Scale so the quotient has 55+ significant bits, then let the conversion round.
        var shift = (int)(b.GetBitLength() - a.GetBitLength()) + 55;
        var scaledA = shift > 0 ? a << shift : a;
        var scaledB = shift < 0 ? b << -shift : b;
        var q = BigInteger.DivRem(scaledA, scaledB, out var rem);
        if (!rem.IsZero) q = (q << 1) | BigInteger.One; else q <<= 1; // sticky bit
        var result = (double)q * Math.Pow(2, -shift - 1);
        if (double.IsInfinity(result)) throw PyErrors.OverflowError("integer division result too large for a float");
        if (result == 0 && shift > 1074)
        {
            result = Math.ScaleB((double)q, -shift - 1);
        }
        return negative ? -result : result;
    }

    private static PyObject IntPow(BigInteger a, BigInteger b)
    {
        if (b.Sign < 0)
        {
            if (a.IsZero) throw PyErrors.ZeroDivision("0.0 cannot be raised to a negative power");
            return new PyFloat(Math.Pow(Numbers.BigToDouble(a), (double)b));
        }
        if (a.IsZero || a.IsOne) return Result(b.IsZero ? BigInteger.One : a);
        if (a == BigInteger.MinusOne) return Result(b.IsEven ? BigInteger.One : BigInteger.MinusOne);
        if (b > int.MaxValue) throw PyErrors.New(ExceptionTypes.MemoryError, "");
        Budget.ChargeBigInt((long)(a.GetBitLength() * (long)b));
        return Result(BigInteger.Pow(a, (int)b));
    }

    private static PyObject? FloatOp(BinaryOp op, PyObject a, PyObject b)
    {
        Numbers.TryGetDouble(a, out var x);
        Numbers.TryGetDouble(b, out var y);
        switch (op)
        {
            case BinaryOp.Add: return new PyFloat(x + y);
            case BinaryOp.Sub: return new PyFloat(x - y);
            case BinaryOp.Mult: return new PyFloat(x * y);
            case BinaryOp.Div:
                if (y == 0) throw PyErrors.ZeroDivision("float division by zero");
                return new PyFloat(x / y);
            case BinaryOp.FloorDiv:
                if (y == 0) throw PyErrors.ZeroDivision("float floor division by zero");
                return new PyFloat(FloatDivMod(x, y).Div);
            case BinaryOp.Mod:
                if (y == 0) throw PyErrors.ZeroDivision("float modulo");
                return new PyFloat(FloatDivMod(x, y).Mod);
            case BinaryOp.Pow:
                return new PyFloat(FloatPow(x, y));
            default:
                return null;
        }
    }

    /// <summary>CPython's float divmod: the remainder takes the divisor's sign.</summary>
    public static (double Div, double Mod) FloatDivMod(double vx, double wx)
    {
        var mod = vx % wx;
        var div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, wx);
        }
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else
        {
            floordiv = Math.CopySign(0.0, vx / wx);
        }
        return (floordiv, mod);
    }

    public static double FloatPow(double x, double y)
    {
        if (y == 0) return 1.0;
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return x == 1.0 ? 1.0 : y;
        if (x == 0 && y < 0 && !double.IsInfinity(y))
            throw PyErrors.ZeroDivision("0.0 cannot be raised to a negative power");
        if (x < 0 && !double.IsInfinity(x) && !double.IsInfinity(y) && y != Math.Floor(y))
            throw PyErrors.Unsupported("raising a negative number to a fractional power (complex numbers)");
        var r = Math.Pow(x, y);
        if (double.IsInfinity(r) && !double.IsInfinity(x) && !double.IsInfinity(y))
            throw PyErrors.New(ExceptionTypes.OverflowError, "(34, 'Numerical result out of range')");
        return r;
    }
}
