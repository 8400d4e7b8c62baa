using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Parsing;

/// <summary>Splits one f-string token into literal text and replacement fields, following CPython
/// 3.11's fstring_find_literal / fstring_find_expr (including their error messages). Each field's
/// expression is parsed by a nested <see cref="Parser"/> reading the same source range, so expression
/// nodes get exact positions. As in 3.11, the Constant and FormattedValue parts (and format-spec
/// JoinedStrs) carry the span of the whole concatenated string.</summary>
internal sealed class FStringParser
{
    // Format specs may themselves contain fields ({x:{width}}), but only one level deep.
    private const int MaxRecursion = 2;

    private readonly string _src;
    private readonly Token _token;
    private readonly SourceSpan _span;
    private readonly int _depth;
    private readonly bool _raw;
    private readonly JoinedStrBuilder _top;
    private readonly int _end;
    private int _pos;

    // Line/column of a checkpoint offset; fields are parsed in increasing offset order, so positions are
    // found by walking forward from the last one.
    private int _markOffset;
    private int _markLine;
    private int _markColumn;

    public FStringParser(string source, Token token, SourceSpan joinedSpan, int depth, JoinedStrBuilder into)
    {
        _src = source;
        _token = token;
        _span = joinedSpan;
        _depth = depth;
        _raw = token.Flags.Has(StringFlags.Raw);
        _top = into;
        int skip = token.Flags.PrefixLength() + token.Flags.QuoteLength();
        _pos = token.Start + skip;
        _end = token.End - token.Flags.QuoteLength();
        _markOffset = _pos;
        _markLine = token.Span.Line;
        _markColumn = token.Span.Column + skip;
    }

    public void ParseTopLevel() => ParseParts(_top, 0);

    /// <summary>Literal text and fields until the end, or (inside a format spec) until a '}'.</summary>
    private void ParseParts(JoinedStrBuilder into, int recursion)
    {
        while (true)
        {
            int literalStart = _pos;
            bool doubled = ScanLiteral(recursion, out int literalEnd);
            if (literalEnd > literalStart)
            {
                into.AppendLiteral(StringLiteralDecoder.DecodeStr(_src, literalStart, literalEnd, _raw, _token.Span));
            }

            if (doubled)
            {
                continue;
            }

            if (_pos >= _end || _src[_pos] == '}')
            {
                return;
            }

            ParseField(into, recursion);
        }
    }

    /// <summary>Advances over literal text. Returns true after a doubled brace ("{{" or "}}" at the top
    /// level), whose first brace ends the literal and whose second is skipped.</summary>
    private bool ScanLiteral(int recursion, out int literalEnd)
    {
        while (_pos < _end)
        {
            char ch = _src[_pos++];
            if (!_raw && ch == '\\' && _pos < _end)
            {
                ch = _src[_pos++];
                if (ch == 'N')
                {
                    // "\N{NAME}": its braces are not a replacement field.
                    if (_pos < _end && _src[_pos] == '{')
                    {
                        int close = _src.AsSpan(_pos, _end - _pos).IndexOf('}');
                        _pos = close < 0 ? _end : _pos + close + 1;
                    }

                    continue;
                }
            }

            if (ch is '{' or '}')
            {
                if (recursion == 0)
                {
                    if (_pos < _end && _src[_pos] == ch)
                    {
                        literalEnd = _pos;
                        _pos++;
                        return true;
                    }

                    if (ch == '}')
                    {
                        throw Error("f-string: single '}' is not allowed");
                    }
                }

                _pos--;
                break;
            }
        }

        literalEnd = _pos;
        return false;
    }

    /// <summary>A replacement field starting at '{': expression, optional '=', '!conversion' and
    /// ':format_spec', then '}'.</summary>
    private void ParseField(JoinedStrBuilder into, int recursion)
    {
        if (recursion >= MaxRecursion)
        {
            throw Error("f-string: expressions nested too deeply");
        }

        _pos++;
        int exprStart = _pos;
        int exprEnd = ScanExpression();
        Expr value = CompileExpression(exprStart, exprEnd);

        string? debugText = null;
        if (_src[_pos] == '=')
        {
            _pos++;
            while (_pos < _end && IsSpace(_src[_pos]))
            {
                _pos++;
            }

            if (_pos >= _end)
            {
                throw ExpectingBrace();
            }

            debugText = _src.Substring(exprStart, _pos - exprStart);
        }

        int conversion = -1;
        if (_src[_pos] == '!')
        {
            _pos++;
            if (_pos >= _end)
            {
                throw ExpectingBrace();
            }

            conversion = _src[_pos++];
            if (conversion is not ('s' or 'r' or 'a'))
            {
                throw Error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }

        JoinedStr? spec = null;
        if (_pos < _end && _src[_pos] == ':')
        {
            _pos++;
            if (_pos >= _end)
            {
                throw ExpectingBrace();
            }

            var specBuilder = new JoinedStrBuilder(_span);
            ParseParts(specBuilder, recursion + 1);
            spec = specBuilder.Build(_span);
        }

        if (_pos >= _end || _src[_pos] != '}')
        {
            throw ExpectingBrace();
        }

        _pos++;
        if (debugText != null)
        {
            // f'{x=}' shows the source text and, without a spec or conversion, uses repr().
            if (spec == null && conversion == -1)
            {
                conversion = 'r';
            }

            into.AppendLiteral(debugText);
        }

        into.AppendValue(new FormattedValue(value, conversion, spec, _span));
    }

    /// <summary>Finds the end of the expression text: the first top-level '!', ':', '}' or '=' that is
    /// not part of '!=', '==', '&lt;=', '&gt;=', skipping nested brackets and quoted strings.</summary>
    private int ScanExpression()
    {
        char quote = '\0';
        bool tripleQuoted = false;
        Span<char> brackets = stackalloc char[Tokenizer.MaxLevel];
        int nested = 0;
        for (; _pos < _end; _pos++)
        {
            char ch = _src[_pos];
            if (ch == '\\')
            {
                throw Error("f-string expression part cannot include a backslash");
            }

            if (quote != '\0')
            {
                if (ch == quote)
                {
                    if (!tripleQuoted)
                    {
                        quote = '\0';
                    }
                    else if (_pos + 2 < _end && _src[_pos + 1] == ch && _src[_pos + 2] == ch)
                    {
                        _pos += 2;
                        quote = '\0';
                    }
                }

                continue;
            }

            switch (ch)
            {
                case '\'':
                case '"':
                    tripleQuoted = _pos + 2 < _end && _src[_pos + 1] == ch && _src[_pos + 2] == ch;
                    if (tripleQuoted)
                    {
                        _pos += 2;
                    }

                    quote = ch;
                    continue;
                case '[':
                case '{':
                case '(':
                    if (nested >= brackets.Length)
                    {
                        throw Error("f-string: too many nested parenthesis");
                    }

                    brackets[nested++] = ch;
                    continue;
                case '#':
                    throw Error("f-string expression part cannot include '#'");
                case ']':
                case '}' when nested > 0:
                case ')':
                {
                    if (nested == 0)
                    {
                        throw Error($"f-string: unmatched '{ch}'");
                    }

                    char open = brackets[--nested];
                    if ((open, ch) is not (('(', ')') or ('[', ']') or ('{', '}')))
                    {
                        throw Error($"f-string: closing parenthesis '{ch}' does not match opening parenthesis '{open}'");
                    }

                    continue;
                }
            }

            if (nested == 0 && ch is '!' or ':' or '}' or '=' or '<' or '>')
            {
                char next = _pos + 1 < _end ? _src[_pos + 1] : '\0';
                if (next == '=' && ch is '!' or '=' or '<' or '>')
                {
                    _pos++;
                    continue;
                }

                if (ch is '<' or '>')
                {
                    continue;
                }

                break;
            }
        }

        if (quote != '\0')
        {
            throw Error("f-string: unterminated string");
        }

        if (nested > 0)
        {
            throw Error($"f-string: unmatched '{brackets[nested - 1]}'");
        }

        if (_pos >= _end)
        {
            throw ExpectingBrace();
        }

        return _pos;
    }

    private Expr CompileExpression(int start, int end)
    {
        bool blank = true;
        for (int i = start; i < end && blank; i++)
        {
            blank = IsSpace(_src[i]);
        }

        if (blank)
        {
            throw Error("f-string: empty expression not allowed");
        }

        var (line, column) = PositionOf(start);
        var (endLine, endColumn) = PositionOf(end);
        var braces = new SourceSpan(line, column - 1, endLine, endColumn + 1);
        return new Parser(_src, start, end, line, column, _depth, braces).ParseFStringExpression();
    }

    private (int Line, int Column) PositionOf(int offset)
    {
        for (int i = _markOffset; i < offset; i++)
        {
            char c = _src[i];
            if (c == '\n')
            {
                _markLine++;
                _markColumn = 0;
            }
            else if (!char.IsLowSurrogate(c))
            {
                _markColumn++;
            }
        }

        _markOffset = offset;
        return (_markLine, _markColumn);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';

    private SyntaxErrorException ExpectingBrace() => Error("f-string: expecting '}'");

    private SyntaxErrorException Error(string message) => new(message, _token.Span);
}
