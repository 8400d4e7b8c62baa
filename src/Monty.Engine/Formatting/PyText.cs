using System.Globalization;

namespace Monty.Engine.Formatting;

/// <summary>
/// Character helpers with Python's semantics. Python strings count code points, while .NET strings
/// are UTF-16, so widths and precisions go through these helpers (a surrogate pair is one character,
/// a lone surrogate is one character too).
/// </summary>
internal static class PyText
{
    /// <summary>Python's <c>str.isspace()</c> for a BMP char: .NET's whitespace plus the ASCII
    /// information separators U+001C..U+001F, which Python counts as whitespace (bidi class B/S).</summary>
    public static bool IsSpace(char c)
    {
        if (c < 128)
        {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
        }

        return char.IsWhiteSpace(c);
    }

    /// <summary>C's Py_ISSPACE: ASCII whitespace only (int()/float() parse after mapping Unicode spaces to ' ').</summary>
    public static bool IsAsciiSpace(char c) => c == ' ' || (c >= '\t' && c <= '\r');

    /// <summary>Number of code points in <paramref name="s"/>.</summary>
    public static int CodePointCount(ReadOnlySpan<char> s)
    {
        int count = s.Length;
        for (int i = 0; i < s.Length - 1; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    /// <summary>UTF-16 length of the first <paramref name="codePoints"/> code points of <paramref name="s"/>.</summary>
    public static int Utf16LengthOfPrefix(ReadOnlySpan<char> s, long codePoints)
    {
        int i = 0;
        while (codePoints > 0 && i < s.Length)
        {
            i += i + 1 < s.Length && char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            codePoints--;
        }

        return i;
    }

    /// <summary>Reads the code point at <paramref name="index"/>, combining a valid surrogate pair.</summary>
    public static int CodePointAt(ReadOnlySpan<char> s, int index, out int utf16Length)
    {
        char c = s[index];
        if (char.IsHighSurrogate(c) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]))
        {
            utf16Length = 2;
            return char.ConvertToUtf32(c, s[index + 1]);
        }

        utf16Length = 1;
        return c;
    }

    /// <summary>Code point index of the UTF-16 offset <paramref name="utf16Index"/> (for error messages).</summary>
    public static int CodePointIndex(ReadOnlySpan<char> s, int utf16Index) =>
        CodePointCount(s[..Math.Min(utf16Index, s.Length)]);

    /// <summary>
    /// Decimal value (0-9) of the character at <paramref name="index"/> if it is a Unicode decimal
    /// digit (category Nd, which is what Python's <c>Py_UNICODE_TODECIMAL</c> accepts), else -1.
    /// </summary>
    public static int DecimalDigitValue(ReadOnlySpan<char> s, int index, out int utf16Length)
    {
        char c = s[index];
        utf16Length = 1;
        if (c < 128)
        {
            return c >= '0' && c <= '9' ? c - '0' : -1;
        }

        if (char.IsHighSurrogate(c) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]))
        {
            utf16Length = 2;
            int cp = char.ConvertToUtf32(c, s[index + 1]);
            return CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.DecimalDigitNumber
                ? (int)CharUnicodeInfo.GetNumericValue(char.ConvertFromUtf32(cp), 0)
                : -1;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber
            ? (int)CharUnicodeInfo.GetNumericValue(c)
            : -1;
    }

    /// <summary>Python's string for a code point: lone surrogates are kept as a single UTF-16 unit.</summary>
    public static string FromCodePoint(int cp) => cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);
}
