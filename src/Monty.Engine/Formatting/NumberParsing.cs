using System.Buffers;
using System.Globalization;
using System.Numerics;

namespace Monty.Engine.Formatting;

/// <summary>
/// <c>int(str, base)</c> and <c>float(str)</c> string parsing, and source literal parsing, with
/// CPython 3.11's rules (PyLong_FromUnicodeObject / PyFloat_FromString).
/// </summary>
internal static class NumberParsing
{
    // Python bases above 10 use letters; every other character is "not a digit" (value 37).
    private static ReadOnlySpan<byte> DigitValues =>
    [
        37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37,
        37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37,
        37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37, 37,
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 37, 37, 37, 37, 37, 37,
        37, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
        25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 37, 37, 37, 37, 37,
        37, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
        25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 37, 37, 37, 37, 37,
    ];

    /// <summary>
    /// <c>int(text, base)</c>. Returns false for an invalid literal (the caller raises
    /// <see cref="InvalidIntLiteral"/>); throws for a bad base or the max-str-digits limit.
    /// </summary>
    public static bool TryParseInt(string text, int @base, out BigInteger value)
    {
        if ((@base != 0 && @base < 2) || @base > 36)
        {
            throw FormattingException.ValueError("int() base must be >= 2 and <= 36, or 0");
        }

        char[]? rented = null;
        try
        {
            ReadOnlySpan<char> s = ToAsciiDigitsAndSpaces(text, ref rented);
            return TryParseIntAscii(s, @base, out value);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The ValueError for an invalid <c>int()</c> literal; <paramref name="textRepr"/> is repr(text).</summary>
    public static FormattingException InvalidIntLiteral(int @base, string textRepr) =>
        FormattingException.ValueError($"invalid literal for int() with base {@base}: {Truncate200(textRepr)}");

    /// <summary>
    /// <c>float(text)</c>: surrounding whitespace, underscores between digits, inf/infinity/nan in
    /// any case with an optional sign; no hex. Returns false when invalid (see <see cref="InvalidFloatLiteral"/>).
    /// </summary>
    public static bool TryParseFloat(string text, out double value)
    {
        char[]? rented = null;
        try
        {
            ReadOnlySpan<char> s = ToAsciiDigitsAndSpaces(text, ref rented);
            return TryParseFloatAscii(s, out value);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The ValueError for an invalid <c>float()</c> string; <paramref name="textRepr"/> is repr(text).</summary>
    public static FormattingException InvalidFloatLiteral(string textRepr) =>
        FormattingException.ValueError($"could not convert string to float: {textRepr}");

    /// <summary>
    /// Value of a source integer literal the tokenizer already accepted (<c>0x_FF</c>, <c>1_000</c>,
    /// <c>0o17</c>, <c>0b1010</c>, <c>0</c>, <c>00</c>). Subject to the max-str-digits limit like
    /// CPython 3.11 (the compiler reports that as a SyntaxError).
    /// </summary>
    public static BigInteger ParseIntLiteral(string literal)
    {
        if (!TryParseIntAscii(literal, 0, out BigInteger value))
        {
            throw FormattingException.ValueError($"invalid integer literal '{literal}'");
        }

        return value;
    }

    /// <summary>Value of a source float literal the tokenizer already accepted (<c>1_000.5e-3</c>, <c>1.</c>, <c>.5</c>, <c>1e10</c>).</summary>
    public static double ParseFloatLiteral(string literal)
    {
        if (!TryParseFloatAscii(literal, out double value))
        {
            throw FormattingException.ValueError($"invalid float literal '{literal}'");
        }

        return value;
    }

    // _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII whitespace becomes ' ', Unicode decimal
    // digits become ASCII digits, anything else non-ASCII ends the string with '?' (always invalid).
    private static ReadOnlySpan<char> ToAsciiDigitsAndSpaces(string text, ref char[]? rented)
    {
        int i = 0;
        while (i < text.Length && text[i] < 127)
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        rented = ArrayPool<char>.Shared.Rent(text.Length);
        Span<char> output = rented;
        text.AsSpan(0, i).CopyTo(output);
        int n = i;
        while (i < text.Length)
        {
            char c = text[i];
            if (c < 127)
            {
                output[n++] = c;
                i++;
                continue;
            }

            if (PyText.IsSpace(c))
            {
                output[n++] = ' ';
                i++;
                continue;
            }

            int digit = PyText.DecimalDigitValue(text, i, out int len);
            if (digit < 0)
            {
                output[n++] = '?';
                break;
            }

            output[n++] = (char)('0' + digit);
            i += len;
        }

        return output[..n];
    }

    // Py_ISSPACE: ASCII whitespace only (after the transform above).
    private static bool IsAsciiSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r');

    private static int DigitValue(char c) => c < 128 ? DigitValues[c] : 37;

    // PyLong_FromString on the ASCII-transformed text.
    private static bool TryParseIntAscii(ReadOnlySpan<char> s, int @base, out BigInteger value)
    {
        value = default;
        int pos = 0;
        int end = s.Length;
        while (pos < end && IsAsciiSpace(s[pos]))
        {
            pos++;
        }

        bool negative = false;
        if (pos < end && (s[pos] == '+' || s[pos] == '-'))
        {
            negative = s[pos] == '-';
            pos++;
        }

        char c0 = pos < end ? s[pos] : '\0';
        char c1 = pos + 1 < end ? s[pos + 1] : '\0';
        bool errorIfNonzero = false;
        if (@base == 0)
        {
            if (c0 != '0')
            {
                @base = 10;
            }
            else if (c1 is 'x' or 'X')
            {
                @base = 16;
            }
            else if (c1 is 'o' or 'O')
            {
                @base = 8;
            }
            else if (c1 is 'b' or 'B')
            {
                @base = 2;
            }
            else
            {
                // Old C-style octal ("010") is invalid, but zeros ("00", "0_0") are fine.
                errorIfNonzero = true;
                @base = 10;
            }
        }

        if (c0 == '0' &&
            ((@base == 16 && c1 is 'x' or 'X') || (@base == 8 && c1 is 'o' or 'O') || (@base == 2 && c1 is 'b' or 'B')))
        {
            pos += 2;
            // One underscore may follow the prefix.
            if (pos < end && s[pos] == '_')
            {
                pos++;
            }
        }

        if (pos < end && s[pos] == '_')
        {
            return false;
        }

        // Scan digits, allowing single underscores between them.
        int start = pos;
        int digitCount = 0;
        char prev = '\0';
        while (pos < end && (DigitValue(s[pos]) < @base || s[pos] == '_'))
        {
            if (s[pos] == '_')
            {
                if (prev == '_')
                {
                    return false;
                }
            }
            else
            {
                digitCount++;
            }

            prev = s[pos];
            pos++;
        }

        if (prev == '_')
        {
            return false;
        }

        int digitsEnd = pos;
        if ((@base & (@base - 1)) != 0 && IntMaxStrDigits.Limit > 0 && digitCount > IntMaxStrDigits.Limit)
        {
            throw IntMaxStrDigits.ToIntError(digitCount);
        }

        if (digitCount == 0)
        {
            return false;
        }

        while (pos < end && IsAsciiSpace(s[pos]))
        {
            pos++;
        }

        if (pos != end)
        {
            return false;
        }

        BigInteger magnitude = DigitsToInteger(s[start..digitsEnd], digitCount, @base);
        if (errorIfNonzero && !magnitude.IsZero)
        {
            return false;
        }

        value = negative ? -magnitude : magnitude;
        return true;
    }

    // Digits (with validated underscores) to a magnitude. Small values accumulate in a ulong;
    // larger ones go through chunks of as many digits as fit in 63 bits.
    private static BigInteger DigitsToInteger(ReadOnlySpan<char> s, int digitCount, int @base)
    {
        if (@base == 10 && digitCount <= 19)
        {
            ulong acc = 0;
            foreach (char c in s)
            {
                if (c != '_')
                {
                    acc = (acc * 10) + (ulong)(c - '0');
                }
            }

            return acc;
        }

        if (@base == 10)
        {
            char[]? rented = null;
            Span<char> clean = digitCount <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(digitCount));
            int n = 0;
            foreach (char c in s)
            {
                if (c != '_')
                {
                    clean[n++] = c;
                }
            }

            BigInteger result = BigInteger.Parse(clean[..n], NumberStyles.None, CultureInfo.InvariantCulture);
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }

            return result;
        }

        int chunkDigits = 1;
        ulong chunkScale = (ulong)@base;
        while (chunkScale <= (ulong.MaxValue >> 1) / (ulong)@base)
        {
            chunkScale *= (ulong)@base;
            chunkDigits++;
        }

        BigInteger value = BigInteger.Zero;
        ulong chunk = 0;
        ulong scale = 1;
        int inChunk = 0;
        foreach (char c in s)
        {
            if (c == '_')
            {
                continue;
            }

            chunk = (chunk * (ulong)@base) + (ulong)DigitValue(c);
            scale *= (ulong)@base;
            if (++inChunk == chunkDigits)
            {
                value = (value * scale) + chunk;
                chunk = 0;
                scale = 1;
                inChunk = 0;
            }
        }

        return inChunk == 0 ? value : (value * scale) + chunk;
    }

    // PyFloat_FromString on the ASCII-transformed text.
    private static bool TryParseFloatAscii(ReadOnlySpan<char> s, out double value)
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
            while (start < last && IsAsciiSpace(s[start]))
            {
                start++;
            }

            if (start == last)
            {
                return false;
            }

            while (start < last - 1 && IsAsciiSpace(s[last - 1]))
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

    // "%.200R": the repr is cut to 200 characters (code points).
    private static string Truncate200(string s) => s.Length <= 200 ? s : s[..PyText.Utf16LengthOfPrefix(s, 200)];
}
