using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Parsing;

/// <summary>Python 3 tokenizer, pulled one token at a time by the parser so that an early syntax error
/// wins over a later tokenizer error, as in CPython. The source must already have its line endings
/// normalized to '\n' (see <see cref="PythonParser"/>).</summary>
internal sealed partial class Tokenizer
{
    /// <summary>CPython's MAXLEVEL: open brackets allowed at once.</summary>
    public const int MaxLevel = 200;

    private readonly string _src;
    private readonly int _end;

    // Expression part of an f-string: behaves as if inside parentheses (CPython wraps it in "(...)"),
    // so newlines are insignificant and no INDENT/DEDENT/NEWLINE are produced.
    private readonly bool _inFString;
    private readonly bool _hasSurrogates;

    private int _pos;
    private int _line;
    private int _lineStart;
    private int _lineStartCol;
    private bool _atBol = true;
    private bool _lineHasTokens;
    private bool _atEof;

    // Open brackets, innermost last; grown on demand (most inputs nest a few levels).
    private char[] _bracketChars = new char[8];
    private SourceSpan[] _bracketSpans = new SourceSpan[8];
    private int _level;

    public Tokenizer(string source)
        : this(source, 0, source.Length, 1, 0, inFString: false)
    {
    }

    /// <summary>Tokenizes source[start..end), which begins at the given line and column.</summary>
    public Tokenizer(string source, int start, int end, int line, int column, bool inFString)
    {
        _src = source;
        _pos = start;
        _end = end;
        _line = line;
        _lineStart = start;
        _lineStartCol = column;
        _inFString = inFString;
        _atBol = !inFString;
        _hasSurrogates = source.AsSpan(start, end - start).IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
    }

    /// <summary>Brackets open at the current position (used to report "'(' was never closed").</summary>
    public int Level => _level;

    /// <summary>The innermost still-open bracket and where it is.</summary>
    public (char Bracket, SourceSpan Span) InnermostOpenBracket => (_bracketChars[_level - 1], _bracketSpans[_level - 1]);

    public Token Next()
    {
        while (true)
        {
            if (_pendingDedents > 0)
            {
                _pendingDedents--;
                return Make(TokenKind.Dedent, _pos, _line, Col(_pos));
            }

            if (_atBol)
            {
                _atBol = false;
                if (_level == 0)
                {
                    int change = ReadIndentation(out int indentStart);
                    if (change > 0)
                    {
                        return new Token(TokenKind.Indent, indentStart, _pos,
                            new SourceSpan(_line, 0, _line, Col(_pos)));
                    }

                    if (change < 0)
                    {
                        _pendingDedents = -change;
                        continue;
                    }
                }
            }

            SkipBlanks();
            if (_pos >= _end)
            {
                return EndOfInput();
            }

            int start = _pos;
            char c = _src[start];
            switch (c)
            {
                case '#':
                    SkipComment();
                    continue;
                case '\n':
                    _pos++;
                    if (_level > 0 || _inFString || !_lineHasTokens)
                    {
                        // Blank line, comment-only line or implicit line joining: not a logical line end.
                        StartNewLine();
                        continue;
                    }

                    var newline = new Token(TokenKind.Newline, start, _pos,
                        new SourceSpan(_line, Col(start), _line, Col(start) + 1));
                    StartNewLine();
                    _lineHasTokens = false;
                    return newline;
                case '\\':
                    ReadLineContinuation();
                    continue;
            }

            _lineHasTokens = true;
            int line = _line;
            int col = Col(start);
            if (CharClass.IsPotentialIdentStart(c))
            {
                return ReadNameOrPrefixedString(start, line, col);
            }

            if ((uint)(c - '0') <= 9 || (c == '.' && start + 1 < _end && (uint)(_src[start + 1] - '0') <= 9))
            {
                return ReadNumber(start, line, col);
            }

            if (c is '\'' or '"')
            {
                return ReadString(start, line, col, StringFlags.None);
            }

            return ReadOperator(start, line, col);
        }
    }

    private Token EndOfInput()
    {
        if (!_inFString && !_atEof && _pos == _lineStart && _line > 1)
        {
            // After a final newline CPython places DEDENT/ENDMARKER on the last line, which is where
            // errors such as "expected an indented block" at end of input are reported.
            _line--;
            _lineStart = _pos > 1 ? _src.LastIndexOf('\n', _pos - 2) + 1 : 0;
        }

        _atEof = true;

        if (!_inFString)
        {
            if (_lineHasTokens && _level == 0)
            {
                // A last line without '\n' still ends a logical line.
                _lineHasTokens = false;
                int col = Col(_pos);
                return new Token(TokenKind.Newline, _pos, _pos, new SourceSpan(_line, col, _line, col + 1));
            }

            if (_indentTop > 0)
            {
                _indentTop--;
                return Make(TokenKind.Dedent, _pos, _line, Col(_pos));
            }
        }

        return Make(TokenKind.EndMarker, _pos, _line, Col(_pos));
    }

    private void SkipBlanks()
    {
        while (_pos < _end)
        {
            char c = _src[_pos];
            if (c is not (' ' or '\t' or '\f'))
            {
                return;
            }

            _pos++;
        }
    }

    private void SkipComment()
    {
        int nl = _src.AsSpan(_pos, _end - _pos).IndexOf('\n');
        _pos = nl < 0 ? _end : _pos + nl;
    }

    private void ReadLineContinuation()
    {
        int at = _pos;
        if (at + 1 >= _end)
        {
            throw Error("unexpected EOF while parsing", at);
        }

        if (_src[at + 1] != '\n')
        {
            throw Error("unexpected character after line continuation character", at + 1);
        }

        _pos = at + 2;
        StartNewLine();
        _atBol = false;
        if (_pos >= _end)
        {
            throw Error("unexpected EOF while parsing", _pos);
        }
    }

    private Token ReadOperator(int start, int line, int col)
    {
        char c = _src[start];
        char c1 = start + 1 < _end ? _src[start + 1] : '\0';
        char c2 = start + 2 < _end ? _src[start + 2] : '\0';
        TokenKind kind;
        int length = 1;
        switch (c)
        {
            case '(':
            case '[':
            case '{':
                OpenBracket(c, start, line, col);
                kind = c == '(' ? TokenKind.LPar : c == '[' ? TokenKind.LSqb : TokenKind.LBrace;
                break;
            case ')':
            case ']':
            case '}':
                CloseBracket(c, start, line, col);
                kind = c == ')' ? TokenKind.RPar : c == ']' ? TokenKind.RSqb : TokenKind.RBrace;
                break;
            case ':':
                (kind, length) = c1 == '=' ? (TokenKind.ColonEqual, 2) : (TokenKind.Colon, 1);
                break;
            case ',': kind = TokenKind.Comma; break;
            case ';': kind = TokenKind.Semi; break;
            case '.':
                (kind, length) = c1 == '.' && c2 == '.' ? (TokenKind.Ellipsis, 3) : (TokenKind.Dot, 1);
                break;
            case '~': kind = TokenKind.Tilde; break;
            case '+': (kind, length) = c1 == '=' ? (TokenKind.PlusEqual, 2) : (TokenKind.Plus, 1); break;
            case '-':
                (kind, length) = c1 == '=' ? (TokenKind.MinEqual, 2) : c1 == '>' ? (TokenKind.RArrow, 2) : (TokenKind.Minus, 1);
                break;
            case '%': (kind, length) = c1 == '=' ? (TokenKind.PercentEqual, 2) : (TokenKind.Percent, 1); break;
            case '@': (kind, length) = c1 == '=' ? (TokenKind.AtEqual, 2) : (TokenKind.At, 1); break;
            case '&': (kind, length) = c1 == '=' ? (TokenKind.AmperEqual, 2) : (TokenKind.Amper, 1); break;
            case '|': (kind, length) = c1 == '=' ? (TokenKind.VBarEqual, 2) : (TokenKind.VBar, 1); break;
            case '^': (kind, length) = c1 == '=' ? (TokenKind.CircumflexEqual, 2) : (TokenKind.Circumflex, 1); break;
            case '=': (kind, length) = c1 == '=' ? (TokenKind.EqEqual, 2) : (TokenKind.Equal, 1); break;
            case '!': (kind, length) = c1 == '=' ? (TokenKind.NotEqual, 2) : (TokenKind.ErrorToken, 1); break;
            case '*':
                if (c1 == '*')
                {
                    (kind, length) = c2 == '=' ? (TokenKind.DoubleStarEqual, 3) : (TokenKind.DoubleStar, 2);
                }
                else
                {
                    (kind, length) = c1 == '=' ? (TokenKind.StarEqual, 2) : (TokenKind.Star, 1);
                }

                break;
            case '/':
                if (c1 == '/')
                {
                    (kind, length) = c2 == '=' ? (TokenKind.DoubleSlashEqual, 3) : (TokenKind.DoubleSlash, 2);
                }
                else
                {
                    (kind, length) = c1 == '=' ? (TokenKind.SlashEqual, 2) : (TokenKind.Slash, 1);
                }

                break;
            case '<':
                if (c1 == '<')
                {
                    (kind, length) = c2 == '=' ? (TokenKind.LeftShiftEqual, 3) : (TokenKind.LeftShift, 2);
                }
                else
                {
                    (kind, length) = c1 == '=' ? (TokenKind.LessEqual, 2) : (TokenKind.Less, 1);
                }

                break;
            case '>':
                if (c1 == '>')
                {
                    (kind, length) = c2 == '=' ? (TokenKind.RightShiftEqual, 3) : (TokenKind.RightShift, 2);
                }
                else
                {
                    (kind, length) = c1 == '=' ? (TokenKind.GreaterEqual, 2) : (TokenKind.Greater, 1);
                }

                break;
            case '\0':
                throw Error("source code cannot contain null bytes", start);
            default:
                // '$', '?', '`' and other stray ASCII: CPython's ERRORTOKEN, reported by the parser.
                kind = TokenKind.ErrorToken;
                break;
        }

        _pos = start + length;
        return new Token(kind, start, _pos, new SourceSpan(line, col, line, col + length));
    }

    private void OpenBracket(char c, int start, int line, int col)
    {
        if (_level >= MaxLevel)
        {
            throw Error("too many nested parentheses", start);
        }

        if (_level == _bracketChars.Length)
        {
            Array.Resize(ref _bracketChars, _level * 2);
            Array.Resize(ref _bracketSpans, _level * 2);
        }

        _bracketChars[_level] = c;
        _bracketSpans[_level] = new SourceSpan(line, col, line, col + 1);
        _level++;
    }

    private void CloseBracket(char c, int start, int line, int col)
    {
        if (_level == 0)
        {
            throw Error($"unmatched '{c}'", start);
        }

        _level--;
        char open = _bracketChars[_level];
        if ((open, c) is not (('(', ')') or ('[', ']') or ('{', '}')))
        {
            int openLine = _bracketSpans[_level].Line;
            string message = openLine != line
                ? $"closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {openLine}"
                : $"closing parenthesis '{c}' does not match opening parenthesis '{open}'";
            throw new SyntaxErrorException(message, new SourceSpan(line, col, line, col + 1));
        }
    }

    private void StartNewLine()
    {
        _line++;
        _lineStart = _pos;
        _lineStartCol = 0;
        _atBol = !_inFString;
    }

    /// <summary>Column (in code points) of an offset on the current line.</summary>
    private int Col(int offset)
    {
        int col = _lineStartCol + (offset - _lineStart);
        if (_hasSurrogates)
        {
            col -= CountLowSurrogates(_lineStart, offset);
        }

        return col;
    }

    private int CountLowSurrogates(int from, int to)
    {
        int n = 0;
        for (int i = from; i < to; i++)
        {
            if (char.IsLowSurrogate(_src[i]))
            {
                n++;
            }
        }

        return n;
    }

    private Token Make(TokenKind kind, int offset, int line, int col) =>
        new(kind, offset, offset, new SourceSpan(line, col, line, col));

    private SyntaxErrorException Error(string message, int offset, string type = "SyntaxError")
    {
        int col = Col(offset);
        return new SyntaxErrorException(message, new SourceSpan(_line, col, _line, col + 1), type);
    }
}
