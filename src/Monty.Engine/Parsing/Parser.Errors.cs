using System.Runtime.CompilerServices;
using Monty.Engine.Parsing.Ast;
using Attribute = Monty.Engine.Parsing.Ast.Attribute;

namespace Monty.Engine.Parsing;

// Error construction, following CPython's choice of message for a failed parse.
internal sealed partial class Parser
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SyntaxErrorException Error(string message, SourceSpan span) => new(message, span);

    /// <summary>The generic failure at the current token, refined as CPython's _PyPegen_set_syntax_error
    /// does: EOF inside brackets names the unclosed bracket, a stray INDENT is an IndentationError, and a
    /// tokenizer error anywhere later in the input wins over a plain "invalid syntax".</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private SyntaxErrorException InvalidSyntax()
    {
        Token t = Current;
        if (t.Kind == TokenKind.EndMarker && _tokenizer.Level > 0)
        {
            var (bracket, span) = _tokenizer.InnermostOpenBracket;
            return new SyntaxErrorException($"'{bracket}' was never closed", span);
        }

        if (t.Kind == TokenKind.Indent)
        {
            return new SyntaxErrorException("unexpected indent", t.Span, "IndentationError");
        }

        if (t.Kind == TokenKind.Dedent)
        {
            return new SyntaxErrorException("unexpected unindent", t.Span, "IndentationError");
        }

        // Tokenize the rest: a tokenizer error (thrown from here) is more helpful than "invalid syntax".
        while (_tokens[_count - 1].Kind != TokenKind.EndMarker)
        {
            Fill(_count);
        }

        return new SyntaxErrorException("invalid syntax", t.Span);
    }

    /// <summary>What CPython calls an expression in messages such as "cannot assign to %s".</summary>
    private static string ExprName(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        ListExpr => "list",
        TupleExpr => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOpExpr => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        DictExpr => "dict literal",
        SetExpr => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant { Value: null } => "None",
        Constant { Value: true } => "True",
        Constant { Value: false } => "False",
        Constant { Value: EllipsisLiteral } => "ellipsis",
        Constant => "literal",
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };

    /// <summary>Expects a closing bracket; when another expression follows instead, reports CPython's
    /// "Perhaps you forgot a comma?" hint.</summary>
    private void ExpectClosing(TokenKind close, Expr? last)
    {
        if (Kind == close)
        {
            Advance();
            return;
        }

        if (last != null && StartsExpression(Kind) && !(last is Name n && IsSoftKeywordName(n.Id)))
        {
            var next = Current.Span;
            throw Error("invalid syntax. Perhaps you forgot a comma?",
                new SourceSpan(last.Span.Line, last.Span.Column, next.EndLine, next.EndColumn));
        }

        throw InvalidSyntax();
    }

    private static bool IsSoftKeywordName(string id) => id is "match" or "case" or "_" or "type";

    /// <summary>After an if/elif/while condition, "=" gets CPython's "Maybe you meant '=='" messages.</summary>
    private void CheckMistakenAssignment(Expr condition)
    {
        if (Kind != TokenKind.Equal)
        {
            return;
        }

        Token eq = Current;
        if (condition is Name)
        {
            throw Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", condition.Span.To(eq.Span));
        }

        if (IsBitwiseLevel(condition) && condition is not (ListExpr or TupleExpr or GeneratorExp or Constant { Value: null or bool }))
        {
            throw Error($"cannot assign to {ExprName(condition)} here. Maybe you meant '==' instead of '='?", condition.Span);
        }
    }

    /// <summary>True for expressions that the grammar's bitwise_or rule can produce (no comparisons,
    /// boolean operators, conditionals, lambdas...), used to pick CPython's more specific messages.</summary>
    private static bool IsBitwiseLevel(Expr e) => e is not (Compare or BoolOp or UnaryOpExpr { Op: UnaryOp.Not } or IfExp
        or Lambda or NamedExpr or Starred or Yield or YieldFrom);

    /// <summary>Tokens that can begin an expression (not counting '*').</summary>
    private static bool StartsExpression(TokenKind kind) => kind is TokenKind.Name or TokenKind.Number or TokenKind.String
        or TokenKind.LPar or TokenKind.LSqb or TokenKind.LBrace or TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde
        or TokenKind.Not or TokenKind.Lambda or TokenKind.Await or TokenKind.Ellipsis or TokenKind.None
        or TokenKind.True or TokenKind.False;
}
