using System.Numerics;

namespace Monty.Engine.Formatting;

/// <summary>The conversions and field output of <see cref="PercentFormatter"/> (CPython's
/// mainformatlong, formatfloat, formatchar and unicode_format_arg_output).</summary>
internal static class PercentConversions
{
    public const int FlagLeft = 1;   // '-'
    public const int FlagSign = 2;   // '+'
    public const int FlagBlank = 4;  // ' '
    public const int FlagAlt = 8;    // '#'
    public const int FlagZero = 16;  // '0'

    // mainformatlong + _PyUnicode_FormatLong: [-][0x][zeros up to prec][digits].
    public static string FormatLong<T>(T v, char type, bool alt, int prec, IPercentOperand<T> ops)
    {
        if (!ops.TryGetInteger(v, out BigInteger value))
        {
            if (type is 'o' or 'x' or 'X')
            {
                throw FormattingException.TypeError($"%{type} format: an integer is required, not {ops.TypeName(v)}");
            }

            if (!ops.TryGetFloat(v, out double d))
            {
                throw FormattingException.TypeError($"%{type} format: a real number is required, not {ops.TypeName(v)}");
            }

            if (double.IsNaN(d))
            {
                throw FormattingException.ValueError("cannot convert float NaN to integer");
            }

            if (double.IsInfinity(d))
            {
                throw FormattingException.OverflowError("cannot convert float infinity to integer");
            }

            value = new BigInteger(Math.Truncate(d));
        }

        if (prec < 0 && type is 'd' or 'i' or 'u')
        {
            // Plain "%d": just str(int).
            return IntText.ToDecimalString(value);
        }

        if (prec > int.MaxValue - 3)
        {
            throw FormattingException.OverflowError("precision too large");
        }

        int radix = type switch
        {
            'o' => 8,
            'x' or 'X' => 16,
            _ => 10,
        };
        var digits = new ValueCharBuilder(stackalloc char[64]);
        var sb = new ValueCharBuilder(stackalloc char[64]);
        try
        {
            IntText.AppendAbsDigits(ref digits, value, radix, type == 'X');
            if (value.Sign < 0)
            {
                sb.Append('-');
            }

            if (alt && radix != 10)
            {
                sb.Append('0');
                sb.Append(type == 'o' ? 'o' : type);
            }

            sb.Append('0', (long)prec - digits.Length);
            sb.Append(digits.AsSpan());
            return sb.ToString();
        }
        finally
        {
            digits.Dispose();
            sb.Dispose();
        }
    }

    // formatfloat: PyFloat_AsDouble, then the dtoa-based layout.
    public static string FormatFloat<T>(T v, char type, bool alt, int prec, IPercentOperand<T> ops)
    {
        double x;
        if (ops.TryGetInteger(v, out BigInteger i))
        {
            x = IntText.ToDouble(i);
        }
        else if (!ops.TryGetFloat(v, out x))
        {
            throw FormattingException.TypeError($"must be real number, not {ops.TypeName(v)}");
        }

        return FloatLayout.Format(x, type, prec < 0 ? 6 : prec, alt: alt);
    }

    // formatchar: an int code point in range(0x110000) or a one-character str.
    public static string FormatChar<T>(T v, IPercentOperand<T> ops)
    {
        if (ops.TryGetInteger(v, out BigInteger i))
        {
            if (i.Sign < 0 || i > 0x10FFFF)
            {
                throw FormattingException.OverflowError("%c arg not in range(0x110000)");
            }

            return PyText.FromCodePoint((int)i);
        }

        if (ops.TryGetChar(v, out string ch))
        {
            return ch;
        }

        throw FormattingException.TypeError("%c requires int or char");
    }

    // unicode_format_arg_output: precision truncation for s/r/a, sign and 0x/0o prefix placement
    // relative to zero padding, then left or right padding. Lengths are in code points.
    public static void Output(ref ValueCharBuilder sb, string str, char conversion, int flags, long width, int prec, bool numeric)
    {
        if (width == -1 && prec == -1 && (flags & (FlagSign | FlagBlank)) == 0)
        {
            // Common case ("%s", "%d"): nothing to measure.
            sb.Append(str);
            return;
        }

        char fill = numeric && (flags & FlagZero) != 0 ? '0' : ' ';
        int len = PyText.CodePointCount(str);
        if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (FlagSign | FlagBlank)) == 0)
        {
            sb.Append(str);
            return;
        }

        ReadOnlySpan<char> text = str;
        if (conversion is 's' or 'r' or 'a' && prec >= 0 && len > prec)
        {
            text = text[..PyText.Utf16LengthOfPrefix(text, prec)];
            len = prec;
        }

        bool sign = numeric;
        char signChar = '\0';
        if (sign)
        {
            char first = text.Length > 0 ? text[0] : '\0';
            if (first is '-' or '+')
            {
                signChar = first;
                len--;
                text = text[1..];
            }
            else if ((flags & FlagSign) != 0)
            {
                signChar = '+';
            }
            else if ((flags & FlagBlank) != 0)
            {
                signChar = ' ';
            }
            else
            {
                sign = false;
            }
        }

        if (width < len)
        {
            width = len;
        }

        if (sign)
        {
            if (fill != ' ')
            {
                sb.Append(signChar);
            }

            if (width > len)
            {
                width--;
            }
        }

        bool prefix = (flags & FlagAlt) != 0 && conversion is 'x' or 'X' or 'o';
        if (prefix)
        {
            if (fill != ' ')
            {
                sb.Append(text[..2]);
                text = text[2..];
            }

            width = Math.Max(0, width - 2);
            len -= 2;
        }

        if (width > len && (flags & FlagLeft) == 0)
        {
            sb.Append(fill, width - len);
            width = len;
        }

        if (fill == ' ')
        {
            if (sign)
            {
                sb.Append(signChar);
            }

            if (prefix)
            {
                sb.Append(text[..2]);
                text = text[2..];
            }
        }

        sb.Append(text);
        if (width > len)
        {
            sb.Append(' ', width - len);
        }
    }
}
