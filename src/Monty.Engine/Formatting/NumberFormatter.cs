using System.Numerics;

namespace Monty.Engine.Formatting;

/// <summary>
/// <c>format(value, spec)</c> for int, float and str, following CPython's formatter_unicode.c
/// (C locale, so 'n' behaves like 'd'/'g' without grouping).
/// <para>
/// The string-spec overloads include the "empty spec means str(value)" rule; for bool (whose
/// str() is "True") and other int subclasses the caller must handle the empty spec itself and
/// pass the proper type name for error messages.
/// </para>
/// </summary>
internal static class NumberFormatter
{
    /// <summary><c>int.__format__</c>.</summary>
    public static string FormatInt(BigInteger value, string spec, string typeName = "int") =>
        spec.Length == 0 ? IntText.ToDecimalString(value) : FormatInt(value, FormatSpec.ForInt(spec, typeName), typeName);

    /// <summary><c>int.__format__</c> with an already parsed spec (parsed with int defaults).</summary>
    public static string FormatInt(BigInteger value, FormatSpec spec, string typeName = "int")
    {
        switch (spec.Type)
        {
            case 'b' or 'c' or 'd' or 'o' or 'x' or 'X' or 'n':
                return FormatIntCore(value, spec);
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                return FormatFloatCore(IntText.ToDouble(value), spec);
            default:
                throw FormatSpec.UnknownType(spec.Type, typeName);
        }
    }

    /// <summary><c>float.__format__</c>.</summary>
    public static string FormatFloat(double value, string spec, string typeName = "float") =>
        spec.Length == 0 ? FloatRepr.Repr(value) : FormatFloat(value, FormatSpec.ForFloat(spec, typeName), typeName);

    /// <summary><c>float.__format__</c> with an already parsed spec (parsed with float defaults).</summary>
    public static string FormatFloat(double value, FormatSpec spec, string typeName = "float")
    {
        if (spec.Type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%'))
        {
            throw FormatSpec.UnknownType(spec.Type, typeName);
        }

        return FormatFloatCore(value, spec);
    }

    /// <summary><c>str.__format__</c>.</summary>
    public static string FormatString(string value, string spec, string typeName = "str") =>
        spec.Length == 0 ? value : FormatString(value, FormatSpec.ForString(spec, typeName), typeName);

    /// <summary><c>str.__format__</c> with an already parsed spec (parsed with str defaults).</summary>
    public static string FormatString(string value, FormatSpec spec, string typeName = "str")
    {
        if (spec.Type != 's')
        {
            throw FormatSpec.UnknownType(spec.Type, typeName);
        }

        if (spec.Sign != '\0')
        {
            throw FormattingException.ValueError(spec.Sign == ' '
                ? "Space not allowed in string format specifier"
                : "Sign not allowed in string format specifier");
        }

        if (spec.NoNegativeZero)
        {
            throw FormattingException.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        }

        if (spec.Alternate)
        {
            throw FormattingException.ValueError("Alternate form (#) not allowed in string format specifier");
        }

        if (spec.Align == '=')
        {
            throw FormattingException.ValueError("'=' alignment not allowed in string format specifier");
        }

        if (spec.Width < 0 && spec.Precision < 0)
        {
            return value;
        }

        int length = PyText.CodePointCount(value);
        if ((spec.Width < 0 || spec.Width <= length) && (spec.Precision < 0 || spec.Precision >= length))
        {
            return value;
        }

        ReadOnlySpan<char> text = value;
        if (spec.Precision >= 0 && length >= spec.Precision)
        {
            text = text[..PyText.Utf16LengthOfPrefix(text, spec.Precision)];
            length = (int)spec.Precision;
        }

        long total = Math.Max(spec.Width, length);
        long left = spec.Align switch
        {
            '>' => total - length,
            '^' => (total - length) / 2,
            _ => 0,
        };
        var sb = new ValueCharBuilder(stackalloc char[128]);
        sb.AppendCodePoint(spec.Fill, left);
        sb.Append(text);
        sb.AppendCodePoint(spec.Fill, total - length - left);
        string result = sb.ToString();
        sb.Dispose();
        return result;
    }

    // format_long_internal.
    private static string FormatIntCore(BigInteger value, in FormatSpec spec)
    {
        if (spec.Precision != -1)
        {
            throw FormattingException.ValueError("Precision not allowed in integer format specifier");
        }

        if (spec.NoNegativeZero)
        {
            throw FormattingException.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        }

        var sb = new ValueCharBuilder(stackalloc char[128]);
        try
        {
            if (spec.Type == 'c')
            {
                if (spec.Sign != '\0')
                {
                    throw FormattingException.ValueError("Sign not allowed with integer format specifier 'c'");
                }

                if (spec.Alternate)
                {
                    throw FormattingException.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
                }

                if (value < long.MinValue || value > long.MaxValue)
                {
                    throw FormattingException.OverflowError("Python int too large to convert to C long");
                }

                if (value.Sign < 0 || value > 0x10FFFF)
                {
                    throw FormattingException.OverflowError("%c arg not in range(0x110000)");
                }

                NumberLayout.Append(ref sb, spec, false, default, default, false, PyText.FromCodePoint((int)value));
                return sb.ToString();
            }

            int radix = spec.Type switch
            {
                'b' => 2,
                'o' => 8,
                'x' or 'X' => 16,
                _ => 10,
            };
            bool upper = spec.Type == 'X';
            ReadOnlySpan<char> prefix = !spec.Alternate ? default : spec.Type switch
            {
                'b' => "0b",
                'o' => "0o",
                'x' => "0x",
                'X' => "0X",
                _ => default,
            };

            if (spec.Width < 0 && spec.Grouping == '\0' && spec.Sign is not ('+' or ' '))
            {
                // Nothing to pad or group: sign, prefix, digits.
                if (value.Sign < 0)
                {
                    sb.Append('-');
                }

                sb.Append(prefix);
                IntText.AppendAbsDigits(ref sb, value, radix, upper);
                return sb.ToString();
            }

            var digits = new ValueCharBuilder(stackalloc char[64]);
            try
            {
                IntText.AppendAbsDigits(ref digits, value, radix, upper);
                NumberLayout.Append(ref sb, spec, value.Sign < 0, prefix, digits.AsSpan(), false, default);
            }
            finally
            {
                digits.Dispose();
            }

            return sb.ToString();
        }
        finally
        {
            sb.Dispose();
        }
    }

    // format_float_internal.
    private static string FormatFloatCore(double value, in FormatSpec spec)
    {
        if (spec.Precision > int.MaxValue)
        {
            throw FormattingException.ValueError("precision too big");
        }

        int precision = (int)spec.Precision;
        int defaultPrecision = 6;
        int type = spec.Type;
        bool addDot0 = false;
        bool addPercent = false;
        if (type == '\0')
        {
            // No type: like repr() without a precision, else like 'g' but keeping a ".0".
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        else if (type == 'n')
        {
            type = 'g';
        }
        else if (type == '%')
        {
            type = 'f';
            value *= 100;
            addPercent = true;
        }

        if (precision < 0)
        {
            precision = defaultPrecision;
        }
        else if (type == 'r')
        {
            type = 'g';
        }

        var number = new ValueCharBuilder(stackalloc char[64]);
        try
        {
            FloatLayout.Append(ref number, value, (char)type, precision, false, addDot0, spec.Alternate, spec.NoNegativeZero);
            if (addPercent)
            {
                number.Append('%');
            }

            if (spec.Sign is not ('+' or ' ') && spec.Width < 0 && spec.Type != 'n' && spec.Grouping == '\0')
            {
                return number.ToString();
            }

            ReadOnlySpan<char> text = number.AsSpan();
            bool negative = text[0] == '-';
            if (negative)
            {
                text = text[1..];
            }

            int digitEnd = 0;
            while (digitEnd < text.Length && char.IsAsciiDigit(text[digitEnd]))
            {
                digitEnd++;
            }

            bool hasDecimal = digitEnd < text.Length && text[digitEnd] == '.';
            ReadOnlySpan<char> remainder = text[(hasDecimal ? digitEnd + 1 : digitEnd)..];

            var sb = new ValueCharBuilder(stackalloc char[128]);
            try
            {
                NumberLayout.Append(ref sb, spec, negative, default, text[..digitEnd], hasDecimal, remainder);
                return sb.ToString();
            }
            finally
            {
                sb.Dispose();
            }
        }
        finally
        {
            number.Dispose();
        }
    }
}
