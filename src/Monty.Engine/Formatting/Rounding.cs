using System.Buffers;
using System.Globalization;
using System.Numerics;

namespace Monty.Engine.Formatting;

/// <summary>Python's <c>round(x, ndigits)</c> for floats and ints (round half to even on the exact value).</summary>
internal static class Rounding
{
    // float.__round__ clamps: beyond these every double rounds to itself / to zero.
    private const int NdigitsMax = 323; // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
    private const int NdigitsMin = -308; // -(DBL_MAX_EXP + 1) * 0.30103

    private static readonly double[] Pow10Doubles =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    private static readonly UInt128[] Pow10Integers = BuildPow10Integers();

    /// <summary>
    /// <c>round(x, ndigits)</c> for a float with an explicit ndigits. CPython rounds the exact binary
    /// value to a decimal string (dtoa mode 3) and reads it back, so round(2.675, 2) is 2.67.
    /// The single-argument round() (to an int) is the caller's: it uses round-half-even on x itself.
    /// </summary>
    public static double RoundDouble(double x, int ndigits)
    {
        if (!double.IsFinite(x) || ndigits > NdigitsMax)
        {
            return x;
        }

        if (ndigits < NdigitsMin)
        {
            return 0.0 * x;
        }

        if (x == 0)
        {
            return x;
        }

        return ndigits >= 0 ? RoundToFraction(x, ndigits) : RoundToTens(x, -ndigits);
    }

    /// <summary><c>round(v, ndigits)</c> for an int: only negative ndigits change anything.</summary>
    public static BigInteger RoundBigInteger(BigInteger v, int ndigits)
    {
        if (ndigits >= 0 || v.IsZero)
        {
            return v;
        }

        long k = -(long)ndigits;
        BigInteger magnitude = BigInteger.Abs(v);
        // 10^k > 2|v| means everything rounds to 0; skip building an enormous power.
        if (k > (magnitude.GetBitLength() * 0.30103) + 2)
        {
            return BigInteger.Zero;
        }

        BigInteger pow = BigInteger.Pow(10, (int)k);
        BigInteger q = RoundHalfEven(magnitude, pow, false);
        return v.Sign < 0 ? -q * pow : q * pow;
    }

    private static double RoundToFraction(double x, int ndigits)
    {
        // If 2^-e (the weight of x's lowest set bit) divides 10^ndigits, x already has at most
        // ndigits decimals and rounds to itself. This catches every integral value too.
        long bits = BitConverter.DoubleToInt64Bits(x) & 0x7FFFFFFFFFFFFFFF;
        int biasedExp = (int)(bits >> 52);
        long mantissa = bits & 0xFFFFFFFFFFFFF;
        int exp2 = biasedExp == 0 ? -1074 : biasedExp - 1075;
        if (biasedExp != 0)
        {
            mantissa |= 1L << 52;
        }

        int lowestBitExp = exp2 + BitOperations.TrailingZeroCount(mantissa);
        if (lowestBitExp >= -ndigits)
        {
            return x;
        }

        if (ndigits <= 22 && -exp2 < 128)
        {
            // Exact integer fast path: |x| * 10^ndigits = mantissa * 10^ndigits / 2^-exp2, and
            // mantissa * 10^22 < 2^127 fits in 128 bits. Round half-even, then q / 10^ndigits is a
            // single correctly rounded division of exact doubles, i.e. exactly what strtod gives.
            UInt128 product = (UInt128)(ulong)mantissa * Pow10Integers[ndigits];
            int shift = -exp2;
            UInt128 q = product >> shift;
            UInt128 r = product - (q << shift);
            UInt128 half = UInt128.One << (shift - 1);
            if (r > half || (r == half && (q & 1) != 0))
            {
                q++;
            }

            if (q < (UInt128)(1UL << 53))
            {
                double rounded = (double)(ulong)q / Pow10Doubles[ndigits];
                return double.IsNegative(x) ? -rounded : rounded;
            }
        }

        double abs = Math.Abs(x);
        int length = FloatDigits.FixedBufferLength(abs, ndigits);
        char[]? rented = null;
        Span<char> buffer = length <= 128 ? stackalloc char[128] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            int count = FloatDigits.Fixed(abs, ndigits, buffer, out int decpt);
            double result = count == 0 ? 0.0 : FromDigits(buffer[..count], decpt - count);
            return double.IsNegative(x) ? -result : result;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static double RoundToTens(double x, int k)
    {
        double abs = Math.Abs(x);
        // Split |x| into an exact integer part and a "has a fraction" flag; the fraction only
        // matters to break an exact tie in the integer part (it pushes the value above the tie).
        double floor = Math.Floor(abs);
        var integer = new BigInteger(floor);
        bool hasFraction = floor != abs;
        BigInteger pow = BigInteger.Pow(10, k);
        BigInteger q = RoundHalfEven(integer, pow, hasFraction);
        double result;
        if (q.IsZero)
        {
            result = 0.0;
        }
        else
        {
            Span<char> buffer = stackalloc char[320];
            q.TryFormat(buffer, out int n, default, CultureInfo.InvariantCulture);
            result = FromDigits(buffer[..n], k);
            if (double.IsInfinity(result))
            {
                throw FormattingException.OverflowError("rounded value too large to represent");
            }
        }

        return double.IsNegative(x) ? -result : result;
    }

    private static UInt128[] BuildPow10Integers()
    {
        var table = new UInt128[23];
        table[0] = UInt128.One;
        for (int i = 1; i < table.Length; i++)
        {
            table[i] = table[i - 1] * 10;
        }

        return table;
    }

    // q = round(n / pow) with ties to even; "sticky" says the true numerator is a bit above n.
    private static BigInteger RoundHalfEven(BigInteger n, BigInteger pow, bool sticky)
    {
        BigInteger q = BigInteger.DivRem(n, pow, out BigInteger r);
        int cmp = (r << 1).CompareTo(pow);
        if (cmp > 0 || (cmp == 0 && (sticky || !q.IsEven)))
        {
            q += BigInteger.One;
        }

        return q;
    }

    // Correctly rounded DIGITS * 10^exp10 (the strtod half of CPython's double_round).
    private static double FromDigits(ReadOnlySpan<char> digits, int exp10)
    {
        Span<char> text = digits.Length <= 64 ? stackalloc char[digits.Length + 8] : new char[digits.Length + 8];
        digits.CopyTo(text);
        int n = digits.Length;
        text[n++] = 'e';
        exp10.TryFormat(text[n..], out int w, default, CultureInfo.InvariantCulture);
        n += w;
        return double.Parse(text[..n], NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
    }
}
