using System.Text;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Parsing;

// Identifiers, keywords and string prefixes (an identifier-looking run directly followed by a quote).
internal sealed partial class Tokenizer
{
    private Token ReadNameOrPrefixedString(int start, int line, int col)
    {
        if (TryReadStringPrefix(start, out StringFlags flags))
        {
            return ReadString(start, line, col, flags);
        }

        int p = start + 1;
        bool ascii = _src[start] < 128;
        while (p < _end && CharClass.IsPotentialIdentChar(_src[p]))
        {
            ascii &= _src[p] < 128;
            p++;
        }

        _pos = p;
        ReadOnlySpan<char> word = _src.AsSpan(start, p - start);
        string name;
        if (ascii)
        {
            TokenKind keyword = Keywords.Lookup(word);
            if (keyword != TokenKind.Name)
            {
                return new Token(keyword, start, p, new SourceSpan(line, col, line, Col(p)));
            }

            name = new string(word);
        }
        else
        {
            name = VerifyIdentifier(start, p);
        }

        return new Token(TokenKind.Name, start, p, new SourceSpan(line, col, line, Col(p)), name);
    }

    /// <summary>Recognizes a valid prefix (r, u, b, f and their legal pairs, any case) directly followed
    /// by a quote, leaving _pos on the quote. Invalid combinations such as "ub" read as a name.</summary>
    private bool TryReadStringPrefix(int start, out StringFlags flags)
    {
        flags = StringFlags.None;
        int p = start;
        while (p < _end && p - start < 2)
        {
            char c = _src[p];
            StringFlags bit = (c | 0x20) switch
            {
                'b' when (flags & (StringFlags.Bytes | StringFlags.Unicode | StringFlags.Format)) == 0 => StringFlags.Bytes,
                'u' when flags == 0 => StringFlags.Unicode,
                'r' when (flags & (StringFlags.Raw | StringFlags.Unicode)) == 0 => StringFlags.Raw,
                'f' when (flags & (StringFlags.Format | StringFlags.Bytes | StringFlags.Unicode)) == 0 => StringFlags.Format,
                _ => StringFlags.None,
            };
            if (bit == StringFlags.None)
            {
                return false;
            }

            flags |= bit;
            p++;
            if (p < _end && _src[p] is '\'' or '"')
            {
                _pos = p;
                flags = flags.WithPrefixLength(p - start);
                return true;
            }
        }

        return false;
    }

    /// <summary>Checks a non-ASCII identifier code point by code point (XID_Start then XID_Continue),
    /// reporting the first offending character as CPython does, and returns it NFKC-normalized.</summary>
    private string VerifyIdentifier(int start, int end)
    {
        for (int i = start; i < end;)
        {
            int cp = char.IsHighSurrogate(_src[i]) && i + 1 < end && char.IsLowSurrogate(_src[i + 1])
                ? char.ConvertToUtf32(_src[i], _src[i + 1])
                : _src[i];
            bool ok = i == start ? CharClass.IsXidStart(cp) : CharClass.IsXidContinue(cp);
            if (!ok)
            {
                _pos = i;
                string message = CharClass.IsPrintable(cp)
                    ? $"invalid character '{char.ConvertFromUtf32(IsSurrogate(cp) ? 0xFFFD : cp)}' (U+{cp:X4})"
                    : $"invalid non-printable character U+{cp:X4}";
                throw Error(message, i);
            }

            i += cp > 0xFFFF ? 2 : 1;
        }

        string name = _src.Substring(start, end - start);
        return name.IsNormalized(NormalizationForm.FormKC) ? name : name.Normalize(NormalizationForm.FormKC);
    }

    private static bool IsSurrogate(int cp) => cp is >= 0xD800 and <= 0xDFFF;
}
