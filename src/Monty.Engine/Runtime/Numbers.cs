using System.Numerics;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>Conversions between Python numbers and .NET numerics.</summary>
internal static class Numbers
{
    public static bool IsInt(PyObject o) => o is PyInt or PyBigInt;

    public static bool TryGetBig(PyObject o, out BigInteger value)
    {
        switch (o)
        {
            case PyInt i:
                value = i.Value;
                return true;
            case PyBigInt b:
                value = b.Value;
                return true;
            default:
                value = default;
                return false;
        }
    }

    public static BigInteger ToBig(PyObject o) => o is PyInt i ? i.Value : ((PyBigInt)o).Value;

    /// <summary>int or float (or bool) to double, with CPython's overflow error for huge ints.</summary>
    public static bool TryGetDouble(PyObject o, out double value)
    {
        switch (o)
        {
            case PyFloat f:
                value = f.Value;
                return true;
            case PyInt i:
                value = i.Value;
                return true;
            case PyBigInt b:
                value = BigToDouble(b.Value);
                return true;
            default:
                value = 0;
                return false;
        }
    }

    public static double BigToDouble(BigInteger value)
    {
        try
        {
            return Formatting.IntText.ToDouble(value);
        }
        catch (Formatting.FormattingException e)
        {
            throw StringFormatting.Convert(e);
        }
    }

    /// <summary>An index-like value (int or bool) as long, or a TypeError naming what was expected.</summary>
    public static long ToIndex(PyObject o, string what = "integer")
    {
        if (o is PyInt i) return i.Value;
        if (o is PyBigInt) throw PyErrors.IndexError($"cannot fit 'int' into an index-sized integer");
        if (UserProtocol.IsUser(o) && UserProtocol.Index(o) is { } index) return ToIndex(index, what);
        throw PyErrors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an {what}");
    }

    /// <summary>Clamps an int to the long range (for slice bounds, which saturate).</summary>
    public static long ToClampedIndex(PyObject o)
    {
        if (o is PyInt i) return i.Value;
        if (o is PyBigInt b) return b.Value.Sign > 0 ? long.MaxValue : long.MinValue;
        throw PyErrors.TypeError("slice indices must be integers or None or have an __index__ method");
    }

    public static PyObject FromDoubleToInt(double d)
    {
        if (double.IsNaN(d)) throw PyErrors.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw PyErrors.OverflowError("cannot convert float infinity to integer");
        var t = Math.Truncate(d);
        if (t >= -9.2e18 && t <= 9.2e18) return PyInt.Get((long)t);
        return PyInt.From(new BigInteger(t));
    }
}
