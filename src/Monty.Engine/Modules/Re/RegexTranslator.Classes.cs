using System.Globalization;
using System.Text;

namespace Monty.Engine.Modules.Re;

/// <summary>Character classes: Python's literal ']' first, '[' as a literal, ranges checked as
/// CPython checks them; members outside the BMP become alternatives over surrogate pairs.</summary>
internal sealed partial class RegexTranslator
{
    private void Class(Scope scope)
    {
        var open = _i;
        _i++;
        var negate = false;
        if (!AtEnd && Peek == '^')
        {
            negate = true;
            _i++;
        }
        var bmp = new StringBuilder();
        var astral = new List<(int Lo, int Hi)>();
        var first = true;
        while (true)
        {
            if (AtEnd) throw Error("unterminated character set", open);
            if (Peek == ']' && !first) break;
            first = false;
            var itemStart = _i;
            var lo = ClassMember(scope, bmp, out var isSet);
            if (!AtEnd && Peek == '-' && _i + 1 < _p.Length && _p[_i + 1] != ']')
            {
                _i++;
                var hiStart = _i;
                var hi = ClassMember(scope, null, out var hiIsSet);
                if (isSet || hiIsSet)
                    throw Error($"bad character range {_p[itemStart.._i]}", itemStart);
                if (hi < lo) throw Error($"bad character range {_p[itemStart.._i]}", itemStart);
                _ = hiStart;
                AddRange(bmp, astral, lo, hi);
            }
            else if (!isSet) AddRange(bmp, astral, lo, lo);
        }
        _i++;
        if (astral.Count == 0)
        {
            var set = (negate ? "[^" : "[") + bmp + "]";
            _out.Append(negate && _astral ? "(?:" + SurrogatePair + "|" + set + ")" : set);
            return;
        }
        if (negate)
            throw Monty.Engine.Runtime.PyErrors.NotImplemented("negated character classes with characters outside the BMP are not supported by Monty");
        _out.Append("(?:");
        if (bmp.Length > 0) _out.Append('[').Append(bmp).Append("]|");
        _out.Append(string.Join("|", astral.Select(r => SurrogateRange(r.Lo, r.Hi))));
        _out.Append(')');
    }

    /// <summary>One member: a character (returned) or a class escape like \d (appended, isSet).</summary>
    private int ClassMember(Scope scope, StringBuilder? bmp, out bool isSet)
    {
        isSet = false;
        if (Peek != '\\')
        {
            var cp = CodePoint(_i, out var len);
            _i += len;
            return cp;
        }
        var start = _i;
        _i++;
        if (AtEnd) throw Error("bad escape (end of pattern)", start);
        var c = Peek;
        if (c is 'd' or 'D' or 'w' or 'W' or 's' or 'S')
        {
            _i++;
            isSet = true;
            bmp?.Append(ClassEscape(c, scope, insideClass: true));
            return -1;
        }
        if (c is 'A' or 'Z' or 'B') throw Error($"bad escape \\{c}", start);
        return CharEscape(start, insideClass: true);
    }

    private static void AddRange(StringBuilder bmp, List<(int, int)> astral, int lo, int hi)
    {
        if (hi > 0xFFFF)
        {
            astral.Add((Math.Max(lo, 0x10000), hi));
            if (lo > 0xFFFF) return;
            hi = 0xFFFF;
        }
        AppendClassChar(bmp, lo);
        if (hi != lo)
        {
            bmp.Append('-');
            AppendClassChar(bmp, hi);
        }
    }

    private static void AppendClassChar(StringBuilder sb, int cp)
    {
        if (cp is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9') sb.Append((char)cp);
        else sb.Append("\\u").Append(cp.ToString("X4", CultureInfo.InvariantCulture));
    }

    /// <summary>The UTF-16 form of a range of astral code points, as alternatives of surrogate pairs.</summary>
    private static string SurrogateRange(int lo, int hi)
    {
        var parts = new List<string>();
        while (lo <= hi)
        {
            var loHigh = (char)(0xD800 + ((lo - 0x10000) >> 10));
            var loLow = (char)(0xDC00 + ((lo - 0x10000) & 0x3FF));
            var blockEnd = Math.Min(hi, lo | 0x3FF);
            var endLow = (char)(0xDC00 + ((blockEnd - 0x10000) & 0x3FF));
            parts.Add($"\\u{(int)loHigh:X4}[\\u{(int)loLow:X4}-\\u{(int)endLow:X4}]");
            lo = blockEnd + 1;
        }
        return string.Join("|", parts);
    }
}
