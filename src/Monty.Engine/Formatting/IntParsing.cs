using System.Buffers;
using System.Globalization;
using System.Numerics;

namespace Monty.Engine.Formatting;

/// <summary>CPython's PyLong_FromString on text already reduced to ASCII (see <see cref="NumberParsing"/>).</summary>
internal static class IntParsing
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

    private static int DigitValue(char c) => c < 128 ? DigitValues[c] : 37;

    // PyLong_FromString on the ASCII-transformed text.
    public static bool TryParseAscii(ReadOnlySpan<char> s, int @base, out BigInteger value)
    {
        value = default;
        int pos = 0;
        int end = s.Length;
        while (pos < end && PyText.IsAsciiSpace(s[pos]))
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

        while (pos < end && PyText.IsAsciiSpace(s[pos]))
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
}
