using System.Globalization;

namespace Monty.Engine.Runtime;

/// <summary>Interim float repr (shortest round-trip digits in Python's layout).</summary>
internal static class FloatText
{
    public static string Repr(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        if (d == 0) return double.IsNegative(d) ? "-0.0" : "0.0";
        var r = d.ToString("E16", CultureInfo.InvariantCulture);
        var shortest = d.ToString("R", CultureInfo.InvariantCulture);
        // Digits and decimal exponent of the shortest round-trip form.
        var neg = shortest.StartsWith('-');
        var body = neg ? shortest[1..] : shortest;
        var ePos = body.IndexOfAny(['E', 'e']);
        var exp = 0;
        if (ePos >= 0)
        {
            exp = int.Parse(body[(ePos + 1)..], CultureInfo.InvariantCulture);
            body = body[..ePos];
        }
        var dot = body.IndexOf('.');
        string digits;
        if (dot >= 0)
        {
            digits = body[..dot] + body[(dot + 1)..];
            exp += dot;
        }
        else
        {
            digits = body;
            exp += body.Length;
        }
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
            exp--;
        }
        digits = digits[lead..].TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        _ = r;
        var decExp = exp - 1; // exponent of the first digit
        string result;
        if (decExp < -4 || decExp >= 16)
        {
            var mant = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            result = mant + "e" + (decExp < 0 ? "-" : "+") + Math.Abs(decExp).ToString("00", CultureInfo.InvariantCulture);
        }
        else if (decExp < 0)
        {
            result = "0." + new string('0', -decExp - 1) + digits;
        }
        else if (digits.Length <= decExp + 1)
        {
            result = digits + new string('0', decExp + 1 - digits.Length) + ".0";
        }
        else
        {
            result = digits[..(decExp + 1)] + "." + digits[(decExp + 1)..];
        }
        return neg ? "-" + result : result;
    }
}
