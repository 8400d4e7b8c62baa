using System.Numerics;
using System.Text;
using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Datetime;

/// <summary>datetime.timedelta: days, seconds (0..86399) and microseconds (0..999999), normalised
/// so only days carries the sign, as CPython stores it.</summary>
internal sealed class PyTimeDelta : PyNativeValue
{
    public const long MaxDays = 999_999_999;

    private PyTimeDelta(long days, long seconds, long microseconds)
    {
        Days = days;
        Seconds = seconds;
        Microseconds = microseconds;
    }

    public long Days { get; }

    public long Seconds { get; }

    public long Microseconds { get; }

    public static readonly PyTimeDelta Zero = new(0, 0, 0);

    public override PyType Type => DatetimeTypes.TimeDelta;

    public BigInteger TotalMicroseconds => (new BigInteger(Days) * 86400 + Seconds) * DateMath.UsPerSecond + Microseconds;

    /// <summary>Total microseconds as a long (always fits: |days| stays below 10**9).</summary>
    public long TotalMicrosecondsLong => (long)TotalMicroseconds;

    public static PyTimeDelta FromMicroseconds(BigInteger us)
    {
        var days = Arithmetic.FloorDiv(us, DateMath.UsPerDay);
        var rest = (long)(us - days * DateMath.UsPerDay);
        if (BigInteger.Abs(days) > MaxDays)
            throw PyErrors.OverflowError($"days={days}; must have magnitude <= {MaxDays}");
        return new PyTimeDelta((long)days, rest / DateMath.UsPerSecond, rest % DateMath.UsPerSecond);
    }

    public static PyTimeDelta FromParts(long days, long seconds, long microseconds) =>
        FromMicroseconds((new BigInteger(days) * 86400 + seconds) * DateMath.UsPerSecond + microseconds);

    public override string ReprText()
    {
        var parts = new List<string>(3);
        if (Days != 0) parts.Add($"days={Days}");
        if (Seconds != 0) parts.Add($"seconds={Seconds}");
        if (Microseconds != 0) parts.Add($"microseconds={Microseconds}");
        return $"datetime.timedelta({(parts.Count == 0 ? "0" : string.Join(", ", parts))})";
    }

    public override string StrText()
    {
        var sb = new StringBuilder();
        if (Days != 0) sb.Append(Days).Append(Math.Abs(Days) == 1 ? " day, " : " days, ");
        sb.Append(Seconds / 3600).Append(':').Append((Seconds / 60 % 60).ToString("00")).Append(':').Append((Seconds % 60).ToString("00"));
        if (Microseconds != 0) sb.Append('.').Append(Microseconds.ToString("000000"));
        return sb.ToString();
    }

    public override bool IsTruthy => Days != 0 || Seconds != 0 || Microseconds != 0;

    public override long HashValue() => Hashing.Hash(PyTuple.Of(PyInt.Get(Days), PyInt.Get(Seconds), PyInt.Get(Microseconds)));

    public override bool? EqualsValue(PyObject other) =>
        other is PyTimeDelta t ? t.Days == Days && t.Seconds == Seconds && t.Microseconds == Microseconds : null;

    public override int? CompareTo(PyObject other) =>
        other is PyTimeDelta t ? TotalMicroseconds.CompareTo(t.TotalMicroseconds) : null;

    public override PyObject? Attribute(string name) => name switch
    {
        "days" => PyInt.Get(Days),
        "seconds" => PyInt.Get(Seconds),
        "microseconds" => PyInt.Get(Microseconds),
        _ => null,
    };

    public override PyObject? Unary(UnaryOp op) => op switch
    {
        UnaryOp.USub => FromMicroseconds(-TotalMicroseconds),
        UnaryOp.UAdd => this,
        _ => null,
    };

    public override PyObject? Abs() => Days < 0 ? FromMicroseconds(-TotalMicroseconds) : this;

    public PyObject TotalSeconds() => new PyFloat(Arithmetic.TrueDivide(TotalMicroseconds, DateMath.UsPerSecond));

    public override PyObject? Binary(BinaryOp op, PyObject other, bool reflected)
    {
        if (other is PyTimeDelta t)
        {
            var (a, b) = reflected ? (t.TotalMicroseconds, TotalMicroseconds) : (TotalMicroseconds, t.TotalMicroseconds);
            switch (op)
            {
                case BinaryOp.Add: return FromMicroseconds(a + b);
                case BinaryOp.Sub: return FromMicroseconds(a - b);
                case BinaryOp.Div:
                    if (b.IsZero) throw PyErrors.ZeroDivision("division by zero");
                    return new PyFloat(Arithmetic.TrueDivide(a, b));
                case BinaryOp.FloorDiv:
                    if (b.IsZero) throw PyErrors.ZeroDivision("integer division or modulo by zero");
                    return PyInt.From(Arithmetic.FloorDiv(a, b));
                case BinaryOp.Mod:
                    if (b.IsZero) throw PyErrors.ZeroDivision("integer modulo by zero");
                    return FromMicroseconds(Arithmetic.Mod(a, b));
                default: return null;
            }
        }
        if (other is PyInt or PyBigInt)
        {
            var n = Numbers.ToBig(other);
            switch (op)
            {
                case BinaryOp.Mult: return FromMicroseconds(TotalMicroseconds * n);
                case BinaryOp.FloorDiv when !reflected:
                    if (n.IsZero) throw PyErrors.ZeroDivision("integer division or modulo by zero");
                    return FromMicroseconds(Arithmetic.FloorDiv(TotalMicroseconds, n));
                case BinaryOp.Div when !reflected:
                    if (n.IsZero) throw PyErrors.ZeroDivision("integer division or modulo by zero");
                    return FromMicroseconds(RoundHalfEven(TotalMicroseconds, n));
                default: return null;
            }
        }
        if (other is PyFloat f)
        {
            switch (op)
            {
                case BinaryOp.Mult:
                    {
                        var (num, den) = Ratio(f.Value);
                        return FromMicroseconds(RoundHalfEven(TotalMicroseconds * num, den));
                    }
                case BinaryOp.Div when !reflected:
                    {
                        var (num, den) = Ratio(f.Value);
                        if (num.IsZero) throw PyErrors.ZeroDivision("integer division or modulo by zero");
                        return FromMicroseconds(RoundHalfEven(TotalMicroseconds * den, num));
                    }
                default: return null;
            }
        }
        return null;
    }

    public override PyObject? DivMod(PyObject other, bool reflected)
    {
        if (other is not PyTimeDelta t) return null;
        var (a, b) = reflected ? (t.TotalMicroseconds, TotalMicroseconds) : (TotalMicroseconds, t.TotalMicroseconds);
        if (b.IsZero) throw PyErrors.ZeroDivision("integer division or modulo by zero");
        return PyTuple.Of(PyInt.From(Arithmetic.FloorDiv(a, b)), FromMicroseconds(Arithmetic.Mod(a, b)));
    }

    /// <summary>float.as_integer_ratio(): the exact value of a finite double.</summary>
    public static (BigInteger Num, BigInteger Den) Ratio(double d)
    {
        if (double.IsNaN(d)) throw PyErrors.ValueError("cannot convert NaN to integer ratio");
        if (double.IsInfinity(d)) throw PyErrors.OverflowError("cannot convert Infinity to integer ratio");
        var bits = BitConverter.DoubleToInt64Bits(d);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1; else mantissa |= 1L << 52;
        exponent -= 1075;
        BigInteger num = mantissa;
        BigInteger den = BigInteger.One;
        if (exponent > 0) num <<= exponent; else den <<= -exponent;
        if (d < 0) num = -num;
        var g = BigInteger.GreatestCommonDivisor(num, den);
        if (!g.IsZero && !g.IsOne)
        {
            num /= g;
            den /= g;
        }
        return (num, den);
    }

    /// <summary>a / b rounded to the nearest integer, ties to even.</summary>
    public static BigInteger RoundHalfEven(BigInteger a, BigInteger b)
    {
        if (b.Sign < 0)
        {
            a = -a;
            b = -b;
        }
        var q = Arithmetic.FloorDiv(a, b);
        var r = a - q * b;
        var twice = r * 2;
        var c = twice.CompareTo(b);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return q;
    }
}
