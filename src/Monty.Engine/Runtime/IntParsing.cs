using System.Globalization;
using System.Numerics;
using System.Text;

namespace Monty.Engine.Runtime;

/// <summary>int(str, base) parsing with CPython's rules: surrounding whitespace, a sign, base
/// prefixes, single underscores between digits, any Unicode decimal digits. Interim: the
/// format branch adds NumberParsing.TryParseInt; the lead keeps one of the two.</summary>
internal static class IntParsing
{
    /// <summary>Parses text in base 0 (auto) or 2..36. False when the literal is invalid.
    /// Throws ValueError for literals past CPython's 4300-digit limit.</summary>
    public static bool TryParse(string text, int @base, out BigInteger value)
    {
        value = BigInteger.Zero;
        var s = ToAscii(text);
        if (s is null) return false;
        var i = 0;
        var n = s.Length;
        while (i < n && s[i] == ' ') i++;
        while (n > i && s[n - 1] == ' ') n--;
        var negative = false;
        if (i < n && (s[i] == '+' || s[i] == '-'))
        {
            negative = s[i] == '-';
            i++;
        }
        var underscoreOk = false; // an underscore may directly follow a base prefix
        var zeroOnly = false;     // base 0 without prefix but with a leading 0: only zeros allowed
        if (i + 1 < n && s[i] == '0')
        {
            var p = char.ToLowerInvariant(s[i + 1]);
            var prefixBase = p switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
            if (prefixBase != 0 && (@base == 0 || @base == prefixBase))
            {
                @base = prefixBase;
                i += 2;
                underscoreOk = true;
            }
        }
        if (@base == 0)
        {
            @base = 10;
            zeroOnly = i < n && s[i] == '0';
        }

        var digits = new StringBuilder(n - i);
        var lastWasUnderscore = false;
        for (; i < n; i++)
        {
            var c = s[i];
            if (c == '_')
            {
                if (lastWasUnderscore || (digits.Length == 0 && !underscoreOk)) return false;
                lastWasUnderscore = true;
                continue;
            }
            var d = DigitValue(c);
            if (d < 0 || d >= @base) return false;
            if (zeroOnly && d != 0) return false;
            digits.Append(c);
            lastWasUnderscore = false;
        }
        if (digits.Length == 0 || lastWasUnderscore) return false;
        if ((@base & (@base - 1)) != 0 && digits.Length > Repr.MaxIntDigits)
        {
            throw PyErrors.ValueError(
                $"Exceeds the limit ({Repr.MaxIntDigits} digits) for integer string conversion: value has {digits.Length} digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        value = Accumulate(digits.ToString(), @base);
        if (negative) value = -value;
        return true;
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => -1,
    };

    private static BigInteger Accumulate(string digits, int @base)
    {
        if (@base == 10)
        {
            if (digits.Length <= 18) return long.Parse(digits, CultureInfo.InvariantCulture);
            return BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        }
        // Chunks of digits that fit a long keep the BigInteger work to one multiply per chunk.
        var chunk = 1;
        long power = @base;
        while (power <= long.MaxValue / @base / @base)
        {
            power *= @base;
            chunk++;
        }
        var result = BigInteger.Zero;
        for (var start = 0; start < digits.Length; start += chunk)
        {
            var len = Math.Min(chunk, digits.Length - start);
            long part = 0, scale = 1;
            for (var k = 0; k < len; k++)
            {
                part = part * @base + DigitValue(digits[start + k]);
                scale *= @base;
            }
            result = result * scale + part;
        }
        return result;
    }

    /// <summary>CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode digits become
    /// ASCII digits, Unicode whitespace becomes ' '; other non-ASCII text cannot parse (null).</summary>
    internal static string? ToAscii(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 128 && !IsSpace(c))
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(text, 0, i, text.Length);
            if (IsSpace(c))
            {
                sb.Append(' ');
                continue;
            }
            if (!Rune.TryGetRuneAt(text, i, out var rune)) return null;
            if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.DecimalDigitNumber) return null;
            sb.Append((char)('0' + (int)Rune.GetNumericValue(rune)));
            i += rune.Utf16SequenceLength - 1;
        }
        return sb?.ToString() ?? text;
    }

    /// <summary>Python's str.isspace for one char (includes \x1c-\x1f, unlike .NET).</summary>
    internal static bool IsSpace(char c) => c is (>= '\t' and <= '\r') or (>= '\x1c' and <= ' ') || (c >= 128 && char.IsWhiteSpace(c));
}
