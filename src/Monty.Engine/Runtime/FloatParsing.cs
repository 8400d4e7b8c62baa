using System.Globalization;
using System.Text;

namespace Monty.Engine.Runtime;

/// <summary>float(str) parsing with CPython's grammar: whitespace, sign, inf/infinity/nan,
/// decimal digits with single underscores between digits, an optional exponent. The digits
/// are then converted by .NET, which rounds correctly as CPython does. Interim alongside
/// <see cref="IntParsing"/>.</summary>
internal static class FloatParsing
{
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        var s = IntParsing.ToAscii(text);
        if (s is null) return false;
        s = s.Trim(' ');
        var i = 0;
        var sb = new StringBuilder(s.Length);
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) sb.Append(s[i++]);
        var rest = s.AsSpan(i);
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = sb.Length > 0 && sb[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }
        var mantissaDigits = ScanDigits(s, ref i, sb);
        if (mantissaDigits < 0) return false;
        if (i < s.Length && s[i] == '.')
        {
            sb.Append('.');
            i++;
            var fraction = ScanDigits(s, ref i, sb);
            if (fraction < 0) return false;
            mantissaDigits += fraction;
        }
        if (mantissaDigits == 0) return false;
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            sb.Append('e');
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) sb.Append(s[i++]);
            if (ScanDigits(s, ref i, sb) <= 0) return false;
        }
        if (i != s.Length) return false;
        value = double.Parse(sb.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Copies a run of digits with underscores only between digits; -1 when an underscore is misplaced.</summary>
    private static int ScanDigits(string s, ref int i, StringBuilder sb)
    {
        var count = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c is >= '0' and <= '9')
            {
                sb.Append(c);
                count++;
                i++;
            }
            else if (c == '_')
            {
                if (count == 0 || i + 1 >= s.Length || s[i + 1] is < '0' or > '9') return -1;
                i++;
            }
            else
            {
                break;
            }
        }
        return count;
    }
}
