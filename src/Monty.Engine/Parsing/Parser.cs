using System.Runtime.CompilerServices;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Parsing;

/// <summary>Hand-written recursive descent parser for Python 3 (3.12 grammar without PEP 695 type
/// parameters; f-strings with 3.11 semantics). Tokens are pulled lazily from the tokenizer and kept,
/// so the parser can look ahead and backtrack (soft keywords, parenthesized with-items) by resetting an
/// index. Split into partial files by area.</summary>
internal sealed partial class Parser
{
    /// <summary>Deepest syntactic nesting accepted (brackets, unary operators, lambdas, conditional
    /// expressions, f-string expressions...). Each level costs a bounded number of stack frames, so this
    /// keeps parsing far from the .NET stack limit even on a small thread stack.</summary>
    public const int MaxDepth = 200;

    private readonly string _src;
    private readonly Tokenizer _tokenizer;

    private Token[] _tokens = new Token[16];
    private int _count;
    private int _pos;
    private int _depth;

    // For an f-string expression: the span of its braces, which CPython 3.11 gives to a bare tuple
    // ("f'{a, b}'") because it parses the text wrapped in parentheses.
    private readonly SourceSpan _fStringWrapper;

    // Span of the last consumed token: the end of every node is the end of its last token.
    private SourceSpan _prev;

    public Parser(string source)
    {
        _src = source;
        _tokenizer = new Tokenizer(source);
    }

    /// <summary>A parser for source[start..end) (an f-string replacement field), which begins at the given
    /// line and column and is nested <paramref name="depth"/> levels deep already.</summary>
    public Parser(string source, int start, int end, int line, int column, int depth, SourceSpan wrapper)
    {
        _fStringWrapper = wrapper;
        _src = source;
        _tokenizer = new Tokenizer(source, start, end, line, column, inFString: true);
        _depth = depth;
    }

    public ModuleNode ParseModule()
    {
        var body = new List<Stmt>();
        while (Kind != TokenKind.EndMarker)
        {
            ParseStatementInto(body);
        }

        SourceSpan span = body.Count == 0
            ? new SourceSpan(1, 0, 1, 0)
            : new SourceSpan(1, 0, body[^1].Span.EndLine, body[^1].Span.EndColumn);
        return new ModuleNode(body, span);
    }

    /// <summary>Parses a whole input as one expression (star_expressions, as <c>eval</c> mode), allowing
    /// surrounding newlines.</summary>
    public Expr ParseExpressionInput()
    {
        while (Kind == TokenKind.Newline)
        {
            Advance();
        }

        Expr e = ParseStarExpressions();
        while (Kind == TokenKind.Newline)
        {
            Advance();
        }

        if (Kind != TokenKind.EndMarker)
        {
            throw InvalidSyntax();
        }

        return e;
    }

    // ---- token access ----

    // Tokens are handed out by reference: Token is a 40-byte struct, and copies of it in the recursive
    // expression methods would multiply their stack frames (see MaxDepth).
    private TokenKind Kind
    {
        get
        {
            if (_pos >= _count)
            {
                Fill(_pos);
            }

            return _tokens[_pos].Kind;
        }
    }

    private ref readonly Token Current
    {
        get
        {
            if (_pos >= _count)
            {
                Fill(_pos);
            }

            return ref _tokens[_pos];
        }
    }

    private ref readonly Token PeekAt(int k)
    {
        if (_pos + k >= _count)
        {
            Fill(_pos + k);
        }

        return ref _tokens[_pos + k];
    }

    private TokenKind PeekKind(int k) => PeekAt(k).Kind;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Fill(int index)
    {
        while (_count <= index)
        {
            if (_count == _tokens.Length)
            {
                Array.Resize(ref _tokens, _tokens.Length * 2);
            }

            // Past the end, keep answering ENDMARKER without asking the tokenizer again.
            _tokens[_count] = _count > 0 && _tokens[_count - 1].Kind == TokenKind.EndMarker
                ? _tokens[_count - 1]
                : _tokenizer.Next();
            _count++;
        }
    }

    private ref readonly Token Advance()
    {
        ref readonly Token t = ref Current;
        _pos++;
        _prev = t.Span;
        return ref t;
    }

    private bool Accept(TokenKind kind)
    {
        if (Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private ref readonly Token Expect(TokenKind kind)
    {
        if (Kind != kind)
        {
            throw InvalidSyntax();
        }

        return ref Advance();
    }

    private string ExpectName() => (string)Expect(TokenKind.Name).Value!;

    private bool IsSoftKeyword(string word) => Kind == TokenKind.Name && (string)Current.Value! == word;

    /// <summary>The span from a start position to the end of the last consumed token.</summary>
    private SourceSpan SpanFrom(SourceSpan start) => new(start.Line, start.Column, _prev.EndLine, _prev.EndColumn);

    // ---- nesting depth ----

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw TooDeep();
        }
    }

    private void Leave() => _depth--;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private SyntaxErrorException TooDeep()
    {
        Token t = Current;
        string message = t.Kind is TokenKind.LPar or TokenKind.LSqb or TokenKind.LBrace
            ? "too many nested parentheses"
            : "too many nested expressions";
        return new SyntaxErrorException(message, t.Span);
    }

    // ---- backtracking ----

    private readonly record struct Mark(int Pos, int Depth, SourceSpan Prev);

    private Mark Save() => new(_pos, _depth, _prev);

    private void Restore(Mark mark)
    {
        _pos = mark.Pos;
        _depth = mark.Depth;
        _prev = mark.Prev;
    }
}
