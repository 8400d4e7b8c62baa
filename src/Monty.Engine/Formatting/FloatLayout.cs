using System.Buffers;

namespace Monty.Engine.Formatting;

/// <summary>
/// CPython's <c>PyOS_double_to_string</c> / <c>format_float_short</c>: lays out dtoa digits for the
/// 'e', 'f', 'g' and 'r' (repr) codes, including the flags that <c>format()</c> and <c>%</c> use.
/// </summary>
internal static class FloatLayout
{
    /// <summary>
    /// Appends <paramref name="value"/> formatted with <paramref name="code"/> (one of e E f F g G r).
    /// Returns true when the result is finite (not inf/nan).
    /// </summary>
    /// Flags: addDot0 = Py_DTSF_ADD_DOT_0 (integers get ".0": repr and the empty format type);
    /// alt = Py_DTSF_ALT (keep the point and trailing zeros, '#'); noNegativeZero = Py_DTSF_NO_NEG_0
    /// (drop the sign of a result that rounds to zero, 'z').
    public static bool Append(
        ref ValueCharBuilder sb,
        double value,
        char code,
        int precision,
        bool alwaysSign = false,
        bool addDot0 = false,
        bool alt = false,
        bool noNegativeZero = false)
    {
        bool upper = code is 'E' or 'F' or 'G';
        char lowerCode = upper ? (char)(code + 32) : code;
        bool negative = double.IsNegative(value);

        if (!double.IsFinite(value))
        {
            if (double.IsNaN(value))
            {
                if (alwaysSign)
                {
                    sb.Append('+');
                }

                sb.Append(upper ? "NAN" : "nan");
            }
            else
            {
                if (negative)
                {
                    sb.Append('-');
                }
                else if (alwaysSign)
                {
                    sb.Append('+');
                }

                sb.Append(upper ? "INF" : "inf");
            }

            return false;
        }

        double abs = Math.Abs(value);
        char[]? rented = null;
        int bufferLength = lowerCode switch
        {
            'e' => FloatDigits.SignificantBufferLength(precision + 1),
            'g' => FloatDigits.SignificantBufferLength(Math.Max(precision, 1)),
            'f' => FloatDigits.FixedBufferLength(abs, precision),
            _ => FloatDigits.ShortestBufferLength,
        };
        Span<char> digits = bufferLength <= 96
            ? stackalloc char[96]
            : (rented = ArrayPool<char>.Shared.Rent(bufferLength));
        try
        {
            int digitCount;
            int decpt;
            switch (lowerCode)
            {
                case 'e':
                    precision++;
                    digitCount = FloatDigits.Significant(abs, precision, digits, out decpt);
                    break;
                case 'f':
                    digitCount = FloatDigits.Fixed(abs, precision, digits, out decpt);
                    break;
                case 'g':
                    if (precision == 0)
                    {
                        precision = 1;
                    }

                    digitCount = FloatDigits.Significant(abs, precision, digits, out decpt);
                    break;
                case 'r':
                    digitCount = FloatDigits.Shortest(abs, digits, out decpt);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(code));
            }

            if (noNegativeZero && negative && (digitCount == 0 || (digitCount == 1 && digits[0] == '0')))
            {
                negative = false;
            }

            Layout(ref sb, digits[..digitCount], decpt, lowerCode, precision, negative, alwaysSign, addDot0, alt, upper);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }

        return true;
    }

    /// <summary>Formats to a new string (see <see cref="Append"/>).</summary>
    public static string Format(
        double value,
        char code,
        int precision,
        bool alwaysSign = false,
        bool addDot0 = false,
        bool alt = false,
        bool noNegativeZero = false)
    {
        var sb = new ValueCharBuilder(stackalloc char[64]);
        Append(ref sb, value, code, precision, alwaysSign, addDot0, alt, noNegativeZero);
        string result = sb.ToString();
        sb.Dispose();
        return result;
    }

    // Straight transcription of format_float_short's "virtual digit string" layout: the output is
    // vdigits[vdigits_start:vdigits_end] of the digits padded with zeros on both sides, with the
    // decimal point at decpt.
    private static void Layout(
        ref ValueCharBuilder sb,
        scoped ReadOnlySpan<char> digits,
        int decpt,
        char code,
        int precision,
        bool negative,
        bool alwaysSign,
        bool addDot0,
        bool alt,
        bool upper)
    {
        int digitsLen = digits.Length;
        long vdigitsEnd = digitsLen;
        bool useExp = false;
        switch (code)
        {
            case 'e':
                useExp = true;
                vdigitsEnd = precision;
                break;
            case 'f':
                vdigitsEnd = (long)decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision))
                {
                    useExp = true;
                }

                if (alt)
                {
                    vdigitsEnd = precision;
                }

                break;
            case 'r':
                // Exponent from 1e16 on: a 17-digit value padded with zeros would look odd.
                if (decpt <= -4 || decpt > 16)
                {
                    useExp = true;
                }

                break;
        }

        int exp = 0;
        if (useExp)
        {
            exp = decpt - 1;
            decpt = 1;
        }

        long vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0)
        {
            vdigitsEnd = Math.Max(vdigitsEnd, decpt + 1L);
        }
        else
        {
            vdigitsEnd = Math.Max(vdigitsEnd, decpt);
        }

        int start = sb.Length;
        if (negative)
        {
            sb.Append('-');
        }
        else if (alwaysSign)
        {
            sb.Append('+');
        }

        if (decpt <= 0)
        {
            sb.Append('0', decpt - vdigitsStart);
            sb.Append('.');
            sb.Append('0', -decpt);
        }
        else
        {
            sb.Append('0', -vdigitsStart);
        }

        if (decpt > 0 && decpt <= digitsLen)
        {
            sb.Append(digits[..decpt]);
            sb.Append('.');
            sb.Append(digits[decpt..]);
        }
        else
        {
            sb.Append(digits);
        }

        if (digitsLen < decpt)
        {
            sb.Append('0', decpt - digitsLen);
            sb.Append('.');
            sb.Append('0', vdigitsEnd - decpt);
        }
        else
        {
            sb.Append('0', vdigitsEnd - digitsLen);
        }

        if (sb.Length > start && sb[sb.Length - 1] == '.' && !alt)
        {
            sb.Truncate(sb.Length - 1);
        }

        if (useExp)
        {
            sb.Append(upper ? 'E' : 'e');
            sb.Append(exp < 0 ? '-' : '+');
            // "%+.02d": sign and at least two digits (max exponent is 308).
            int absExp = Math.Abs(exp);
            if (absExp >= 100)
            {
                sb.Append((char)('0' + (absExp / 100)));
                absExp %= 100;
            }

            sb.Append((char)('0' + (absExp / 10)));
            sb.Append((char)('0' + (absExp % 10)));
        }
    }
}
