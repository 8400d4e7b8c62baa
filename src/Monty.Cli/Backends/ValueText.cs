using System.Globalization;
using System.Text;
using Monty.Engine;

namespace Monty.Cli.Backends;

/// <summary>Python's repr of host values, for --show-result and the REPL.</summary>
internal static class ValueText
{
    public static string Repr(MontyValue value) => value switch
    {
        MontyNone => "None",
        MontyBool b => b.Value ? "True" : "False",
        MontyInt i => i.Value.ToString(CultureInfo.InvariantCulture),
        MontyFloat f => Float(f.Value),
        MontyStr s => Str(s.Value),
        MontyList l => "[" + string.Join(", ", l.Items.Select(Repr)) + "]",
        MontyTuple t => t.Items.Count == 1 ? "(" + Repr(t.Items[0]) + ",)" : "(" + string.Join(", ", t.Items.Select(Repr)) + ")",
        MontyDict d => "{" + string.Join(", ", d.Items.Select(kv => Repr(kv.Key) + ": " + Repr(kv.Value))) + "}",
        MontySet s => s.Items.Count == 0 ? (s.Frozen ? "frozenset()" : "set()") : (s.Frozen ? "frozenset({" : "{") + string.Join(", ", s.Items.Select(Repr)) + (s.Frozen ? "})" : "}"),
        MontyBytes b => Bytes(b.Value),
        MontyOpaque o => o.Repr,
        _ => value.ToString() ?? "",
    };

    /// <summary>The shortest round-trip digits, laid out as Python does: positional for exponents
    /// from -4 to 15, scientific otherwise ("1e+16", "1.5e-05").</summary>
    internal static string Float(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        var sign = d < 0 || (d == 0 && double.IsNegative(d)) ? "-" : "";
        // "R" yields the shortest digits but in .NET's own layout; take its digits and exponent.
        var shortest = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        var (digits, exponent) = Decompose(shortest);
        if (digits == "0") return sign + "0.0";
        if (exponent >= -4 && exponent < 16)
        {
            var point = exponent + 1;
            string text;
            if (point <= 0) text = "0." + new string('0', -point) + digits;
            else if (point >= digits.Length) text = digits + new string('0', point - digits.Length) + ".0";
            else text = digits[..point] + "." + digits[point..];
            return sign + text;
        }
        var mantissa = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>Significant digits (no leading/trailing zeros) and the decimal exponent of the first one.</summary>
    private static (string Digits, int Exponent) Decompose(string text)
    {
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var dot = text.IndexOf('.');
        var intPart = dot < 0 ? text : text[..dot];
        var all = intPart + (dot < 0 ? "" : text[(dot + 1)..]);
        var leading = all.Length - all.TrimStart('0').Length;
        var digits = all.Trim('0');
        if (digits.Length == 0) return ("0", 0);
        return (digits, exponent + intPart.Length - 1 - leading);
    }

    internal static string Str(string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var text = new StringBuilder(s.Length + 2).Append(quote);
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (c == quote) text.Append('\\').Append(c);
                    else if (c < 0x20 || c == 0x7f) text.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        return text.Append(quote).ToString();
    }

    private static string Bytes(byte[] bytes)
    {
        var quote = bytes.Contains((byte)'\'') && !bytes.Contains((byte)'"') ? '"' : '\'';
        var text = new StringBuilder("b").Append(quote);
        foreach (var b in bytes)
        {
            switch (b)
            {
                case (byte)'\\': text.Append("\\\\"); break;
                case (byte)'\n': text.Append("\\n"); break;
                case (byte)'\r': text.Append("\\r"); break;
                case (byte)'\t': text.Append("\\t"); break;
                default:
                    if (b == quote) text.Append('\\').Append((char)b);
                    else if (b < 0x20 || b >= 0x7f) text.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
                    else text.Append((char)b);
                    break;
            }
        }
        return text.Append(quote).ToString();
    }
}
