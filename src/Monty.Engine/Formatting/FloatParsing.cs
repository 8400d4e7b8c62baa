using System.Buffers;
using System.Globalization;

namespace Monty.Engine.Formatting;

/// <summary>CPython's float(str) core (underscore rules, strtod syntax, inf/nan) on ASCII-reduced text.</summary>
internal static class FloatParsing
{
    // PyFloat_FromString on the ASCII-transformed text.
    public static bool TryParseAscii(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        char[]? rented = null;
        try
        {
            if (s.Contains('_'))
            {
                // _Py_string_to_number_with_underscores: each '_' must sit between two digits.
                rented = ArrayPool<char>.Shared.Rent(s.Length);
                int n = 0;
                char prev = '\0';
                foreach (char c in s)
                {
                    if (c == '_')
                    {
                        if (!char.IsAsciiDigit(prev))
                        {
                            return false;
                        }
                    }
                    else
                    {
                        if (prev == '_' && !char.IsAsciiDigit(c))
                        {
                            return false;
                        }

                        rented[n++] = c;
                    }

                    prev = c;
                }

                if (prev == '_')
                {
                    return false;
                }

                s = rented.AsSpan(0, n);
            }

            int start = 0;
            int last = s.Length;
            while (start < last && PyText.IsAsciiSpace(s[start]))
            {
                start++;
            }

            if (start == last)
            {
                return false;
            }

            while (start < last - 1 && PyText.IsAsciiSpace(s[last - 1]))
            {
                last--;
            }

            return TryParseFloatBody(s[start..last], out value);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    // _Py_dg_strtod's syntax ([sign] digits [. digits] [e [sign] digits], at least one mantissa
    // digit, the exponent only if it has digits), else _Py_parse_inf_or_nan. All of s must be used.
    private static bool TryParseFloatBody(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        int pos = 0;
        bool negative = false;
        if (pos < s.Length && (s[pos] == '+' || s[pos] == '-'))
        {
            negative = s[pos] == '-';
            pos++;
        }

        int mantissaDigits = 0;
        while (pos < s.Length && char.IsAsciiDigit(s[pos]))
        {
            pos++;
            mantissaDigits++;
        }

        if (pos < s.Length && s[pos] == '.')
        {
            pos++;
            while (pos < s.Length && char.IsAsciiDigit(s[pos]))
            {
                pos++;
                mantissaDigits++;
            }
        }

        if (mantissaDigits == 0)
        {
            return TryParseInfOrNan(s, out value);
        }

        if (pos < s.Length && (s[pos] == 'e' || s[pos] == 'E'))
        {
            int expStart = pos;
            pos++;
            if (pos < s.Length && (s[pos] == '+' || s[pos] == '-'))
            {
                pos++;
            }

            int expDigits = 0;
            while (pos < s.Length && char.IsAsciiDigit(s[pos]))
            {
                pos++;
                expDigits++;
            }

            if (expDigits == 0)
            {
                pos = expStart;
            }
        }

        if (pos != s.Length)
        {
            return false;
        }

        // .NET's parser is correctly rounded (IEEE) for any length, saturating huge exponents.
        value = double.Parse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        if (negative && value == 0)
        {
            value = -0.0;
        }

        return true;
    }

    private static bool TryParseInfOrNan(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        bool negative = false;
        int pos = 0;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            negative = s[0] == '-';
            pos = 1;
        }

        ReadOnlySpan<char> word = s[pos..];
        if (word.Equals("inf", StringComparison.OrdinalIgnoreCase) || word.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        if (word.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            // Python's nan is the positive quiet NaN; .NET's double.NaN has the sign bit set.
            value = BitConverter.Int64BitsToDouble(negative ? unchecked((long)0xFFF8000000000000) : 0x7FF8000000000000);
            return true;
        }

        return false;
    }
}
