using System.Globalization;
using System.Numerics;
using System.Text;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate.</summary>
internal static partial class NumberMethods
{
    private static void RegisterFloat(PyType floatType)
    {
        TypeSetup.Method(floatType, "is_integer", (a, k) => FloatNoArgs(a, k, "is_integer",
            x => PyBool.Of(double.IsFinite(x) && Math.Floor(x) == x)));
        TypeSetup.Method(floatType, "as_integer_ratio", (a, k) => FloatNoArgs(a, k, "as_integer_ratio", AsIntegerRatio));
        TypeSetup.Method(floatType, "hex", (a, k) => FloatNoArgs(a, k, "hex", x => PyStr.Of(Hex(x))));
        TypeSetup.Method(floatType, "conjugate", (a, k) => FloatNoArgs(a, k, "conjugate", x => new PyFloat(x)));
        TypeSetup.StaticMethod(floatType, "fromhex", FromHex);
    }

    private static PyObject FloatNoArgs(PyObject[] args, KeywordArgs? kwargs, string name, Func<double, PyObject> body)
    {
        var self = MethodArgs.Self<PyFloat>(args, PyTypes.Float, name);
        NativeArgs.NoKeywords("float." + name, kwargs);
        NativeArgs.MethodCount("float." + name, args, 0, 0);
        return body(self.Value);
    }

    private static PyObject AsIntegerRatio(double x)
    {
        if (double.IsNaN(x)) throw PyErrors.ValueError("cannot convert NaN to integer ratio");
        if (double.IsInfinity(x)) throw PyErrors.OverflowError("cannot convert Infinity to integer ratio");
        if (x == 0) return new PyTuple([PyInt.Get(0), PyInt.Get(1)]);
        Decompose(x, out var mantissa, out var exponent);
        if (exponent >= 0)
            return new PyTuple([PyInt.From((x < 0 ? -BigInteger.One : BigInteger.One) * ((BigInteger)mantissa << exponent)), PyInt.Get(1)]);
        // value = mantissa * 2**exponent: cancel common factors of two.
        var tz = Math.Min(BitOperations.TrailingZeroCount(mantissa), -exponent);
        mantissa >>= tz;
        exponent += tz;
        var numerator = x < 0 ? -(long)mantissa : (long)mantissa;
        return new PyTuple([PyInt.Get(numerator), PyInt.From(BigInteger.One << -exponent)]);
    }

    /// <summary>|x| = mantissa * 2**exponent with an integral mantissa (x finite, non-zero).</summary>
    private static void Decompose(double x, out ulong mantissa, out int exponent)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var biased = (int)((bits >> 52) & 0x7FF);
        mantissa = (ulong)bits & 0xF_FFFF_FFFF_FFFFUL;
        if (biased == 0)
        {
            exponent = -1074;
        }
        else
        {
            mantissa |= 1UL << 52;
            exponent = biased - 1075;
        }
    }

    /// <summary>float.hex: one leading hex digit (1 for normal numbers, 0 for subnormals), 13 after the point.</summary>
    internal static string Hex(double x)
    {
        if (double.IsNaN(x)) return "nan";
        if (double.IsInfinity(x)) return x > 0 ? "inf" : "-inf";
        var sign = double.IsNegative(x) ? "-" : "";
        if (x == 0) return sign + "0x0.0p+0";
        var bits = BitConverter.DoubleToInt64Bits(x);
        var biased = (int)((bits >> 52) & 0x7FF);
        var fraction = (ulong)bits & 0xF_FFFF_FFFF_FFFFUL;
        var lead = biased == 0 ? '0' : '1';
        var exponent = biased == 0 ? -1022 : biased - 1023;
        return string.Create(CultureInfo.InvariantCulture,
            $"{sign}0x{lead}.{fraction:x13}p{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent)}");
    }

    /// <summary>float.fromhex(string); no receiver.</summary>
    public static PyObject FromHex(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("float.fromhex", kwargs);
        if (args.Length != 1) throw PyErrors.TypeError($"float.fromhex() takes exactly one argument ({args.Length} given)");
        if (args[0] is not PyStr s) throw PyErrors.TypeError("bad argument type for built-in operation");
        return new PyFloat(ParseHex(s.Value));
    }

    private static PyException InvalidHex() => PyErrors.ValueError("invalid hexadecimal floating-point string");

    internal static double ParseHex(string text)
    {
        // ASCII whitespace only, as float_fromhex skips it (Py_ISSPACE).
        var s = text.AsSpan().Trim(" \t\n\v\f\r");
        var negative = false;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            negative = s[0] == '-';
            s = s[1..];
        }
        if (s.Equals("inf", StringComparison.OrdinalIgnoreCase) || s.Equals("infinity", StringComparison.OrdinalIgnoreCase))
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (s.Equals("nan", StringComparison.OrdinalIgnoreCase)) return double.NaN;
        if (s.Length >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) s = s[2..];

        var digits = new StringBuilder();
        var fractionDigits = 0;
        var i = 0;
        while (i < s.Length && Uri.IsHexDigit(s[i])) digits.Append(s[i++]);
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && Uri.IsHexDigit(s[i]))
            {
                digits.Append(s[i++]);
                fractionDigits++;
            }
        }
        if (digits.Length == 0) throw InvalidHex();
        long exp = 0;
        if (i < s.Length && (s[i] == 'p' || s[i] == 'P'))
        {
            i++;
            var expNegative = false;
            if (i < s.Length && (s[i] == '+' || s[i] == '-'))
            {
                expNegative = s[i] == '-';
                i++;
            }
            var start = i;
            while (i < s.Length && s[i] is >= '0' and <= '9')
            {
                // Saturate: anything this large over- or underflows anyway.
                if (exp < 1_000_000_000_000L) exp = exp * 10 + (s[i] - '0');
                i++;
            }
            if (i == start) throw InvalidHex();
            if (expNegative) exp = -exp;
        }
        if (i != s.Length) throw InvalidHex();

        var mantissa = BigInteger.Parse("0" + digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (mantissa.IsZero) return negative ? -0.0 : 0.0;
        var e = exp - 4L * fractionDigits;              // value = mantissa * 2**e
        var top = e + (long)mantissa.GetBitLength();    // value < 2**top
        if (top > 1025) throw PyErrors.OverflowError("hexadecimal value too large to represent as a float");
        if (top < -1076) return negative ? -0.0 : 0.0;
        // Keep 53 significant bits, fewer for subnormals, rounding half to even.
        var lsb = Math.Max(top - 53, -1074);
        BigInteger q;
        if (e >= lsb)
        {
            q = mantissa << (int)(e - lsb);
        }
        else
        {
            var shift = (int)(lsb - e);
            q = mantissa >> shift;
            var rest = mantissa - (q << shift);
            var half = BigInteger.One << (shift - 1);
            if (rest > half || (rest == half && !q.IsEven)) q += 1;
        }
        var result = Math.ScaleB((double)q, (int)lsb);
        if (double.IsInfinity(result)) throw PyErrors.OverflowError("hexadecimal value too large to represent as a float");
        return negative ? -result : result;
    }
}
