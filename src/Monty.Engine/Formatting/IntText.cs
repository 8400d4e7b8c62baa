using System.Globalization;
using System.Numerics;

namespace Monty.Engine.Formatting;

/// <summary>Digit strings of integers (absolute values) in bases 2, 8, 10 and 16, and int-to-float conversion.</summary>
internal static class IntText
{
    private const string LowerDigits = "0123456789abcdef";
    private const string UpperDigits = "0123456789ABCDEF";

    /// <summary>Python's <c>str(int)</c>, including the 3.11 max-str-digits limit.</summary>
    public static string ToDecimalString(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        var sb = new ValueCharBuilder(stackalloc char[64]);
        if (value.Sign < 0)
        {
            sb.Append('-');
        }

        AppendAbsDigits(ref sb, value, 10, false);
        string result = sb.ToString();
        sb.Dispose();
        return result;
    }

    /// <summary>Appends the digits of |<paramref name="value"/>| in <paramref name="radix"/> (2, 8, 10 or 16).</summary>
    public static void AppendAbsDigits(ref ValueCharBuilder sb, BigInteger value, int radix, bool upper)
    {
        string table = upper ? UpperDigits : LowerDigits;
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            long v = (long)value;
            ulong abs = v < 0 ? (ulong)-(v + 1) + 1 : (ulong)v;
            AppendUlong(ref sb, abs, radix, table);
            return;
        }

        BigInteger magnitude = BigInteger.Abs(value);
        if (radix == 10)
        {
            AppendDecimal(ref sb, magnitude);
            return;
        }

        int bitsPerDigit = radix == 2 ? 1 : radix == 8 ? 3 : 4;
        byte[] bytes = magnitude.ToByteArray(isUnsigned: true, isBigEndian: false);
        long bitLength = magnitude.GetBitLength();
        int digitCount = (int)((bitLength + bitsPerDigit - 1) / bitsPerDigit);
        Span<char> dest = sb.AppendSpan(digitCount);
        for (int i = 0; i < digitCount; i++)
        {
            // Digit i (counting from the least significant) covers bits [i*b, i*b+b).
            long bit = (long)i * bitsPerDigit;
            int byteIndex = (int)(bit >> 3);
            int shift = (int)(bit & 7);
            int window = bytes[byteIndex] | (byteIndex + 1 < bytes.Length ? bytes[byteIndex + 1] << 8 : 0);
            dest[digitCount - 1 - i] = table[(window >> shift) & (radix - 1)];
        }
    }

    /// <summary>
    /// Correctly rounded int-to-float conversion (round half to even), as PyLong_AsDouble;
    /// OverflowError when the result would not be finite.
    /// </summary>
    public static double ToDouble(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return (long)value;
        }

        BigInteger magnitude = BigInteger.Abs(value);
        long bits = magnitude.GetBitLength();
        if (bits > 1024)
        {
            throw FormattingException.OverflowError("int too large to convert to float");
        }

        // Keep the top 63 bits and fold everything below into a sticky bit: the hardware
        // long->double conversion then rounds exactly as rounding the full value would.
        int shift = (int)(bits - 63);
        BigInteger top = magnitude >> shift;
        long top63 = (long)top;
        if (top << shift != magnitude)
        {
            top63 |= 1;
        }

        double result = Math.ScaleB(top63, shift);
        if (double.IsInfinity(result))
        {
            throw FormattingException.OverflowError("int too large to convert to float");
        }

        return value.Sign < 0 ? -result : result;
    }

    private static void AppendUlong(ref ValueCharBuilder sb, ulong abs, int radix, string table)
    {
        if (radix == 10)
        {
            Span<char> tmp = stackalloc char[20];
            abs.TryFormat(tmp, out int n, default, CultureInfo.InvariantCulture);
            sb.Append(tmp[..n]);
            return;
        }

        int bitsPerDigit = radix == 2 ? 1 : radix == 8 ? 3 : 4;
        Span<char> buffer = stackalloc char[64];
        int pos = buffer.Length;
        do
        {
            buffer[--pos] = table[(int)(abs & (ulong)(radix - 1))];
            abs >>= bitsPerDigit;
        }
        while (abs != 0);
        sb.Append(buffer[pos..]);
    }

    private static void AppendDecimal(ref ValueCharBuilder sb, BigInteger magnitude)
    {
        int limit = IntMaxStrDigits.Limit;
        // Reject obviously oversized values before paying for the quadratic conversion.
        if (limit > 0 && (magnitude.GetBitLength() - 1) * 0.30102999566398120 >= limit + 1)
        {
            throw IntMaxStrDigits.ToStrError();
        }

        string digits = magnitude.ToString(CultureInfo.InvariantCulture);
        if (limit > 0 && digits.Length > limit)
        {
            throw IntMaxStrDigits.ToStrError();
        }

        sb.Append(digits);
    }
}
