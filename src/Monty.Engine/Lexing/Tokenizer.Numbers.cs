using System.Globalization;
using System.Numerics;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Parsing;

// Numeric literals, scanned with CPython's rules and messages (tok_get's number branch), then
// converted: ints to BigInteger, floats to double. Imaginary literals are rejected.
internal sealed partial class Tokenizer
{
    /// <summary>CPython's default sys.int_info.default_max_str_digits: decimal literals longer than
    /// this are rejected (converting them is quadratic).</summary>
    public const int MaxDecimalDigits = 4300;

    private static readonly object[] SmallInts = CreateSmallInts();

    private char CharAt(int p) => p < _end ? _src[p] : '\0';

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private Token ReadNumber(int start, int line, int col)
    {
        _pos = start;
        char c = _src[_pos];
        int radix = 10;
        bool isFloat = false;
        if (c == '.')
        {
            _pos++;
            isFloat = true;
            ReadFraction();
        }
        else if (c == '0' && (CharAt(_pos + 1) | 0x20) is 'x' or 'o' or 'b')
        {
            char r = (char)(CharAt(_pos + 1) | 0x20);
            radix = r == 'x' ? 16 : r == 'o' ? 8 : 2;
            _pos += 2;
            ReadRadixDigits(radix);
        }
        else if (c == '0')
        {
            isFloat = ReadLeadingZeroNumber(start);
        }
        else
        {
            ReadDecimalTail();
            isFloat = ReadFloatTail();
        }

        object value = ConvertNumber(start, _pos, radix, isFloat);
        return new Token(TokenKind.Number, start, _pos, new SourceSpan(line, col, line, Col(_pos)), value);
    }

    /// <summary>Digits after 0x/0o/0b, with single underscores between digits.</summary>
    private void ReadRadixDigits(int radix)
    {
        string kind = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
        char c;
        do
        {
            if (CharAt(_pos) == '_')
            {
                _pos++;
            }

            c = CharAt(_pos);
            if (!IsRadixDigit(c, radix))
            {
                if (radix != 16 && IsDigit(c))
                {
                    throw Error($"invalid digit '{c}' in {kind} literal", _pos);
                }

                throw Error($"invalid {kind} literal", _pos);
            }

            do
            {
                _pos++;
                c = CharAt(_pos);
            }
            while (IsRadixDigit(c, radix));
        }
        while (c == '_');

        if (radix != 16 && IsDigit(c))
        {
            throw Error($"invalid digit '{c}' in {kind} literal", _pos);
        }

        VerifyEndOfNumber(kind);
    }

    private static bool IsRadixDigit(char c, int radix) => radix switch
    {
        16 => CharClass.HexValue(c) >= 0,
        8 => (uint)(c - '0') <= 7,
        _ => c is '0' or '1',
    };

    /// <summary>A literal starting with '0' that is not 0x/0o/0b: zeros, or a float, or an error for
    /// old-style octal such as 012. Returns true for a float.</summary>
    private bool ReadLeadingZeroNumber(int start)
    {
        while (true)
        {
            char c = CharAt(_pos);
            if (c == '_')
            {
                _pos++;
                if (!IsDigit(CharAt(_pos)))
                {
                    throw Error("invalid decimal literal", _pos);
                }
            }
            else if (c != '0')
            {
                break;
            }
            else
            {
                _pos++;
            }
        }

        int zerosEnd = _pos;
        bool nonZero = false;
        if (IsDigit(CharAt(_pos)))
        {
            nonZero = true;
            ReadDecimalTail();
        }

        char next = CharAt(_pos);
        if (next is '.' or 'e' or 'E' or 'j' or 'J')
        {
            return ReadFloatTail();
        }

        if (nonZero)
        {
            throw Error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", start);
        }

        _ = zerosEnd;
        VerifyEndOfNumber("decimal");
        return false;
    }

    /// <summary>Digits with single underscores between them; _pos is on a digit.</summary>
    private void ReadDecimalTail()
    {
        while (true)
        {
            while (IsDigit(CharAt(_pos)))
            {
                _pos++;
            }

            if (CharAt(_pos) != '_')
            {
                return;
            }

            _pos++;
            if (!IsDigit(CharAt(_pos)))
            {
                throw Error("invalid decimal literal", _pos);
            }
        }
    }

    /// <summary>After the integer part: optional fraction, exponent and imaginary suffix.</summary>
    private bool ReadFloatTail()
    {
        bool isFloat = false;
        if (CharAt(_pos) == '.')
        {
            _pos++;
            isFloat = true;
            return ReadFraction() || isFloat;
        }

        return ReadExponentAndSuffix(isFloat);
    }

    /// <summary>After the '.' of a float.</summary>
    private bool ReadFraction()
    {
        if (IsDigit(CharAt(_pos)))
        {
            ReadDecimalTail();
        }

        ReadExponentAndSuffix(true);
        return true;
    }

    private bool ReadExponentAndSuffix(bool isFloat)
    {
        char c = CharAt(_pos);
        if (c is 'e' or 'E')
        {
            int ePos = _pos;
            _pos++;
            c = CharAt(_pos);
            if (c is '+' or '-')
            {
                _pos++;
                if (!IsDigit(CharAt(_pos)))
                {
                    throw Error("invalid decimal literal", _pos);
                }
            }
            else if (!IsDigit(c))
            {
                // "1else": the 'e' starts a keyword, not an exponent.
                _pos = ePos;
                VerifyEndOfNumber("decimal");
                return isFloat;
            }

            ReadDecimalTail();
            isFloat = true;
        }

        if (CharAt(_pos) is 'j' or 'J')
        {
            throw Error("imaginary numbers are not supported", _pos);
        }

        VerifyEndOfNumber("decimal");
        return isFloat;
    }

    /// <summary>A number directly followed by an identifier character is an error, except before the
    /// keywords that may legally follow a number (CPython only warns there: "1if x else y").</summary>
    private void VerifyEndOfNumber(string kind)
    {
        char c = CharAt(_pos);
        bool keywordFollows = c switch
        {
            'a' => Lookahead("nd"),
            'e' => Lookahead("lse"),
            'f' => Lookahead("or"),
            'i' => CharAt(_pos + 1) is 'f' or 'n' or 's',
            'o' => Lookahead("r"),
            'n' => Lookahead("ot"),
            _ => false,
        };
        if (!keywordFollows && CharClass.IsPotentialIdentChar(c))
        {
            throw Error($"invalid {kind} literal", _pos);
        }
    }

    private bool Lookahead(string rest) =>
        _pos + 1 + rest.Length <= _end && _src.AsSpan(_pos + 1, rest.Length).SequenceEqual(rest);

    private object ConvertNumber(int start, int end, int radix, bool isFloat)
    {
        ReadOnlySpan<char> text = _src.AsSpan(start, end - start);
        if (radix != 10)
        {
            text = text[2..];
        }

        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (char c in text)
        {
            if (c != '_')
            {
                buffer[n++] = c;
            }
        }

        ReadOnlySpan<char> digits = buffer[..n];
        if (isFloat)
        {
            return double.Parse(digits, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        }

        if (radix == 10 && digits.Length > MaxDecimalDigits)
        {
            throw new SyntaxErrorException(
                $"Exceeds the limit ({MaxDecimalDigits} digits) for integer string conversion: value has {digits.Length} digits; " +
                "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                new SourceSpan(_line, Col(start), _line, Col(end)));
        }

        return ParseInteger(digits, radix);
    }

    private static object ParseInteger(ReadOnlySpan<char> digits, int radix)
    {
        int bitsPerDigit = radix == 16 ? 4 : radix == 8 ? 3 : radix == 2 ? 1 : 0;
        bool fitsInLong = radix == 10 ? digits.Length <= 18 : digits.Length * bitsPerDigit <= 62;
        if (fitsInLong)
        {
            long value = 0;
            foreach (char c in digits)
            {
                value = (value * radix) + CharClass.HexValue(c);
            }

            return value is >= 0 and < 257 ? SmallInts[value] : new BigInteger(value);
        }

        if (radix == 10)
        {
            return BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        // Power-of-two radix: assemble the magnitude from the lowest digit up, then build it unsigned.
        var bytes = new byte[((digits.Length * bitsPerDigit) + 7) / 8 + 1];
        int bit = 0;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int d = CharClass.HexValue(digits[i]);
            for (int k = 0; k < bitsPerDigit; k++, bit++)
            {
                if ((d & (1 << k)) != 0)
                {
                    bytes[bit >> 3] |= (byte)(1 << (bit & 7));
                }
            }
        }

        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    private static object[] CreateSmallInts()
    {
        var boxes = new object[257];
        for (int i = 0; i < boxes.Length; i++)
        {
            boxes[i] = new BigInteger(i);
        }

        return boxes;
    }
}
