using System.Text;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Parsing;

/// <summary>Decodes the body of a str or bytes literal (escape sequences), with CPython's error
/// messages. Positions in messages are offsets into the literal body, as CPython's codec reports.</summary>
internal static class StringLiteralDecoder
{
    /// <summary>Decodes source[start..end) as the body of a str literal.</summary>
    public static string DecodeStr(string src, int start, int end, bool raw, SourceSpan span)
    {
        ReadOnlySpan<char> body = src.AsSpan(start, end - start);
        int backslash = body.IndexOf('\\');
        if (raw || backslash < 0)
        {
            return new string(body);
        }

        var sb = new StringBuilder(body.Length);
        sb.Append(body[..backslash]);
        int i = backslash;
        while (i < body.Length)
        {
            char c = body[i];
            if (c != '\\' || i + 1 >= body.Length)
            {
                sb.Append(c);
                i++;
                continue;
            }

            i = DecodeStrEscape(body, i, sb, span);
        }

        return sb.ToString();
    }

    /// <summary>Decodes one escape at body[i] == '\\'; returns the index after it.</summary>
    private static int DecodeStrEscape(ReadOnlySpan<char> body, int i, StringBuilder sb, SourceSpan span)
    {
        char e = body[i + 1];
        switch (e)
        {
            case '\n': return i + 2;
            case '\\': sb.Append('\\'); return i + 2;
            case '\'': sb.Append('\''); return i + 2;
            case '"': sb.Append('"'); return i + 2;
            case 'a': sb.Append('\a'); return i + 2;
            case 'b': sb.Append('\b'); return i + 2;
            case 'f': sb.Append('\f'); return i + 2;
            case 'n': sb.Append('\n'); return i + 2;
            case 'r': sb.Append('\r'); return i + 2;
            case 't': sb.Append('\t'); return i + 2;
            case 'v': sb.Append('\v'); return i + 2;
            case >= '0' and <= '7':
            {
                int end = i + 1;
                int value = ReadOctal(body, ref end);
                sb.Append((char)value);
                return end;
            }

            case 'x':
                return AppendCodePoint(body, i, 2, "truncated \\xXX escape", sb, span);
            case 'u':
                return AppendCodePoint(body, i, 4, "truncated \\uXXXX escape", sb, span);
            case 'U':
                return AppendCodePoint(body, i, 8, "truncated \\UXXXXXXXX escape", sb, span);
            case 'N':
                return AppendNamedCharacter(body, i, sb, span);
            default:
                // Unknown escapes are kept verbatim (CPython only warns).
                sb.Append('\\');
                return i + 1;
        }
    }

    private static int ReadOctal(ReadOnlySpan<char> body, ref int p)
    {
        int value = 0;
        for (int k = 0; k < 3 && p < body.Length && (uint)(body[p] - '0') <= 7; k++, p++)
        {
            value = (value * 8) + (body[p] - '0');
        }

        return value;
    }

    private static int AppendCodePoint(ReadOnlySpan<char> body, int i, int digits, string truncated, StringBuilder sb, SourceSpan span)
    {
        int p = i + 2;
        int value = 0;
        for (int k = 0; k < digits; k++, p++)
        {
            int d = p < body.Length ? CharClass.HexValue(body[p]) : -1;
            if (d < 0)
            {
                throw UnicodeError(i, p - 1, truncated, span);
            }

            value = (value << 4) | d;
        }

        if ((uint)value > 0x10FFFF)
        {
            throw UnicodeError(i, p - 1, "illegal Unicode character", span);
        }

        AppendCodePoint(sb, value);
        return p;
    }

    private static int AppendNamedCharacter(ReadOnlySpan<char> body, int i, StringBuilder sb, SourceSpan span)
    {
        int open = i + 2;
        int close = open < body.Length && body[open] == '{' ? body[open..].IndexOf('}') : -1;
        if (close <= 1)
        {
            int end = open < body.Length && body[open] == '{' ? body.Length - 1 : i + 1;
            throw UnicodeError(i, Math.Min(body.Length - 1, end), "malformed \\N character escape", span);
        }

        close += open;
        int cp = UnicodeNames.Lookup(body[(open + 1)..close]);
        if (cp < 0)
        {
            throw UnicodeError(i, close, "unknown Unicode character name", span);
        }

        AppendCodePoint(sb, cp);
        return close + 1;
    }

    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000)
        {
            // Includes lone surrogates, which Python strings may hold.
            sb.Append((char)cp);
        }
        else
        {
            sb.Append(char.ConvertFromUtf32(cp));
        }
    }

    private static SyntaxErrorException UnicodeError(int from, int to, string reason, SourceSpan span) =>
        new($"(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to}: {reason}", span);

    /// <summary>Decodes source[start..end) as the body of a bytes literal, appending to output.</summary>
    public static void DecodeBytes(string src, int start, int end, bool raw, SourceSpan span, List<byte> output)
    {
        ReadOnlySpan<char> body = src.AsSpan(start, end - start);
        if (body.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            throw new SyntaxErrorException("bytes can only contain ASCII literal characters", span);
        }

        int i = 0;
        while (i < body.Length)
        {
            char c = body[i];
            if (raw || c != '\\' || i + 1 >= body.Length)
            {
                output.Add((byte)c);
                i++;
                continue;
            }

            char e = body[i + 1];
            i += 2;
            switch (e)
            {
                case '\n': break;
                case '\\': output.Add((byte)'\\'); break;
                case '\'': output.Add((byte)'\''); break;
                case '"': output.Add((byte)'"'); break;
                case 'a': output.Add(7); break;
                case 'b': output.Add(8); break;
                case 'f': output.Add(12); break;
                case 'n': output.Add(10); break;
                case 'r': output.Add(13); break;
                case 't': output.Add(9); break;
                case 'v': output.Add(11); break;
                case >= '0' and <= '7':
                {
                    int p = i - 1;
                    output.Add((byte)(ReadOctal(body, ref p) & 0xFF));
                    i = p;
                    break;
                }

                case 'x':
                {
                    int hi = i < body.Length ? CharClass.HexValue(body[i]) : -1;
                    int lo = i + 1 < body.Length ? CharClass.HexValue(body[i + 1]) : -1;
                    if (hi < 0 || lo < 0)
                    {
                        throw new SyntaxErrorException($"(value error) invalid \\x escape at position {i - 2}", span);
                    }

                    output.Add((byte)((hi << 4) | lo));
                    i += 2;
                    break;
                }

                default:
                    // Unknown escapes (including \u, \N in bytes) are kept verbatim.
                    output.Add((byte)'\\');
                    i--;
                    break;
            }
        }
    }
}
