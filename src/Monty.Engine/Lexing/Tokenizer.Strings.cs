using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Parsing;

// String literal tokens. The tokenizer only finds where a literal ends; decoding escapes and parsing
// f-strings is the parser's job (StringLiteralDecoder, FStringParser), as in CPython.
internal sealed partial class Tokenizer
{
    /// <summary>Reads a string whose prefix (if any) starts at <paramref name="start"/>; _pos is on the
    /// opening quote.</summary>
    private Token ReadString(int start, int line, int col, StringFlags flags)
    {
        int p = _pos;
        char quote = _src[p];
        bool triple = p + 2 < _end && _src[p + 1] == quote && _src[p + 2] == quote;
        if (triple)
        {
            flags |= StringFlags.Triple;
            p += 3;
        }
        else
        {
            p++;
        }

        while (true)
        {
            if (p >= _end)
            {
                _pos = p;
                throw Unterminated(triple, line, col);
            }

            char c = _src[p];
            if (c == quote)
            {
                if (!triple)
                {
                    p++;
                    break;
                }

                if (p + 2 < _end && _src[p + 1] == quote && _src[p + 2] == quote)
                {
                    p += 3;
                    break;
                }

                p++;
            }
            else if (c == '\n')
            {
                if (!triple)
                {
                    throw Unterminated(false, line, col);
                }

                p++;
                NewLineInsideToken(p);
            }
            else if (c == '\\')
            {
                p++;
                if (p < _end)
                {
                    p++;
                    if (_src[p - 1] == '\n')
                    {
                        NewLineInsideToken(p);
                    }
                }
            }
            else
            {
                p++;
            }
        }

        _pos = p;
        return new Token(TokenKind.String, start, p, new SourceSpan(line, col, _line, Col(p)), null, flags);
    }

    private void NewLineInsideToken(int lineStart)
    {
        _line++;
        _lineStart = lineStart;
        _lineStartCol = 0;
    }

    private SyntaxErrorException Unterminated(bool triple, int line, int col)
    {
        string message = triple
            ? $"unterminated triple-quoted string literal (detected at line {_line})"
            : $"unterminated string literal (detected at line {_line})";
        return new SyntaxErrorException(message, new SourceSpan(line, col, line, col + 1));
    }
}
