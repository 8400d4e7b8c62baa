using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

internal static partial class StrMethods
{
    private enum CaseOp { Lower, Upper, Fold, Capitalize, SwapCase, Title }

    private static PyObject Lower(PyObject[] args, KeywordArgs? kwargs) => CaseMethod(args, kwargs, "lower", CaseOp.Lower);

    private static PyObject Upper(PyObject[] args, KeywordArgs? kwargs) => CaseMethod(args, kwargs, "upper", CaseOp.Upper);

    private static PyObject CaseFold(PyObject[] args, KeywordArgs? kwargs) => CaseMethod(args, kwargs, "casefold", CaseOp.Fold);

    private static PyObject Capitalize(PyObject[] args, KeywordArgs? kwargs) => CaseMethod(args, kwargs, "capitalize", CaseOp.Capitalize);

    private static PyObject SwapCase(PyObject[] args, KeywordArgs? kwargs) => CaseMethod(args, kwargs, "swapcase", CaseOp.SwapCase);

    private static PyObject Title(PyObject[] args, KeywordArgs? kwargs) => CaseMethod(args, kwargs, "title", CaseOp.Title);

    private static PyObject CaseMethod(PyObject[] args, KeywordArgs? kwargs, string name, CaseOp op)
    {
        var self = Self(args, name);
        TextArgs.None("str", name, args, kwargs);
        var s = self.Value;
        if (s.Length == 0) return self;
        if (s.AsSpan().IndexOfAnyExceptInRange('\0', '\x7f') < 0) return Result(self, AsciiCase(s, op));
        return Result(self, UnicodeCase(s, op));
    }

    /// <summary>ASCII-only strings: no multi-char mappings, no final sigma, cased = letter.</summary>
    private static string AsciiCase(string s, CaseOp op)
    {
        switch (op)
        {
            case CaseOp.Lower or CaseOp.Fold:
                if (s.AsSpan().IndexOfAnyInRange('A', 'Z') < 0) return s;
                Budget.ChargeString(s.Length);
                return s.ToLowerInvariant();
            case CaseOp.Upper:
                if (s.AsSpan().IndexOfAnyInRange('a', 'z') < 0) return s;
                Budget.ChargeString(s.Length);
                return s.ToUpperInvariant();
        }
        Budget.ChargeString(s.Length);
        return string.Create(s.Length, (s, op), static (span, state) =>
        {
            var (src, op) = state;
            var previousCased = false;
            for (var i = 0; i < src.Length; i++)
            {
                var c = src[i];
                var isUpper = (uint)(c - 'A') <= 'Z' - 'A';
                var isLower = (uint)(c - 'a') <= 'z' - 'a';
                var toUpper = op switch
                {
                    CaseOp.Capitalize => i == 0,
                    CaseOp.SwapCase => isLower,
                    _ => !previousCased, // title
                };
                span[i] = toUpper ? (isLower ? (char)(c - 32) : c) : (isUpper ? (char)(c + 32) : c);
                previousCased = isUpper || isLower;
            }
        });
    }

    private static string UnicodeCase(string s, CaseOp op)
    {
        // Full mappings can grow a string (up to 3 chars per code point); the buffer grows as needed.
        var buffer = new CharBuffer(s.Length + 8);
        var previousCased = false;
        for (var i = 0; i < s.Length;)
        {
            var cp = ReadCodePoint(s, i, out var width);
            switch (op)
            {
                case CaseOp.Lower:
                    LowerAt(s, i, cp, ref buffer);
                    break;
                case CaseOp.Upper:
                    Map(cp, UnicodeInfo.Mapping.Upper, ref buffer);
                    break;
                case CaseOp.Fold:
                    Map(cp, UnicodeInfo.Mapping.Fold, ref buffer);
                    break;
                case CaseOp.Capitalize:
                    if (i == 0) Map(cp, UnicodeInfo.Mapping.Title, ref buffer);
                    else LowerAt(s, i, cp, ref buffer);
                    break;
                case CaseOp.SwapCase:
                    {
                        var flags = UnicodeInfo.Flags(cp);
                        if ((flags & UnicodeInfo.Upper) != 0) LowerAt(s, i, cp, ref buffer);
                        else if ((flags & UnicodeInfo.Lower) != 0) Map(cp, UnicodeInfo.Mapping.Upper, ref buffer);
                        else buffer.AppendCodePoint(cp);
                        break;
                    }
                default:
                    if (previousCased) LowerAt(s, i, cp, ref buffer);
                    else Map(cp, UnicodeInfo.Mapping.Title, ref buffer);
                    previousCased = (UnicodeInfo.Flags(cp) & UnicodeInfo.Cased) != 0;
                    break;
            }
            i += width;
            if ((i & 0xFFFF) < width) Budget.CheckTime();
        }
        if (buffer.Written.SequenceEqual(s))
        {
            buffer.Dispose();
            return s;
        }
        return buffer.Finish();
    }

    private static void Map(int cp, UnicodeInfo.Mapping mapping, ref CharBuffer buffer)
    {
        if (cp < 128)
        {
            var c = (char)cp;
            if (mapping is UnicodeInfo.Mapping.Upper or UnicodeInfo.Mapping.Title)
                buffer.Append((uint)(c - 'a') <= 'z' - 'a' ? (char)(c - 32) : c);
            else
                buffer.Append((uint)(c - 'A') <= 'Z' - 'A' ? (char)(c + 32) : c);
            return;
        }
        if (!UnicodeInfo.TryMap(cp, mapping, ref buffer)) buffer.AppendCodePoint(cp);
    }

    /// <summary>Lower-cases the code point at offset i; capital sigma becomes final sigma by context.</summary>
    private static void LowerAt(string s, int i, int cp, ref CharBuffer buffer)
    {
        if (cp == 0x3A3) buffer.Append(IsFinalSigma(s, i) ? '\u03C2' : '\u03C3');
        else Map(cp, UnicodeInfo.Mapping.Lower, ref buffer);
    }

    /// <summary>CPython's handle_capital_sigma: cased (case-ignorable)* Σ not followed by
    /// (case-ignorable)* cased.</summary>
    private static bool IsFinalSigma(string s, int i)
    {
        var j = i;
        var flags = 0;
        var found = false;
        while (j > 0)
        {
            var cp = ReadCodePointBefore(s, j, out var width);
            j -= width;
            flags = UnicodeInfo.Flags(cp);
            if ((flags & UnicodeInfo.CaseIgnorable) == 0)
            {
                found = true;
                break;
            }
        }
        if (!found || (flags & UnicodeInfo.Cased) == 0) return false;
        for (j = i + 1; j < s.Length;)
        {
            var cp = ReadCodePoint(s, j, out var width);
            j += width;
            flags = UnicodeInfo.Flags(cp);
            if ((flags & UnicodeInfo.CaseIgnorable) == 0) return (flags & UnicodeInfo.Cased) == 0;
        }
        return true;
    }

    /// <summary>The code point at UTF-16 offset i; a lone surrogate is its own code point.</summary>
    internal static int ReadCodePoint(string s, int i, out int width)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }
        width = 1;
        return c;
    }

    /// <summary>The code point ending just before UTF-16 offset end.</summary>
    private static int ReadCodePointBefore(string s, int end, out int width)
    {
        var c = s[end - 1];
        if (char.IsLowSurrogate(c) && end >= 2 && char.IsHighSurrogate(s[end - 2]))
        {
            width = 2;
            return char.ConvertToUtf32(s[end - 2], c);
        }
        width = 1;
        return c;
    }
}
