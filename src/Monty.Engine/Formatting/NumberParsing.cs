using System.Buffers;
using System.Numerics;

namespace Monty.Engine.Formatting;

/// <summary>
/// <c>int(str, base)</c> and <c>float(str)</c> string parsing, and source literal parsing, with
/// CPython 3.11's rules (PyLong_FromUnicodeObject / PyFloat_FromString).
/// </summary>
internal static class NumberParsing
{
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
            return IntParsing.TryParseAscii(s, @base, out value);
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
            return FloatParsing.TryParseAscii(s, out value);
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
        if (!IntParsing.TryParseAscii(literal, 0, out BigInteger value))
        {
            throw FormattingException.ValueError($"invalid integer literal '{literal}'");
        }

        return value;
    }

    /// <summary>Value of a source float literal the tokenizer already accepted (<c>1_000.5e-3</c>, <c>1.</c>, <c>.5</c>, <c>1e10</c>).</summary>
    public static double ParseFloatLiteral(string literal)
    {
        if (!FloatParsing.TryParseAscii(literal, out double value))
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

    // "%.200R": the repr is cut to 200 characters (code points).
    private static string Truncate200(string s) => s.Length <= 200 ? s : s[..PyText.Utf16LengthOfPrefix(s, 200)];
}
