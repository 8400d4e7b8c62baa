using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Parsing;

// Statement dispatch, blocks, and the compound statements other than match.
internal sealed partial class Parser
{
    private void ParseStatementInto(List<Stmt> into)
    {
        switch (Kind)
        {
            case TokenKind.If:
                into.Add(ParseIf());
                return;
            case TokenKind.While:
                into.Add(ParseWhile());
                return;
            case TokenKind.For:
                into.Add(ParseFor(Current.Span, isAsync: false));
                return;
            case TokenKind.Try:
                into.Add(ParseTry());
                return;
            case TokenKind.With:
                into.Add(ParseWith(Current.Span, isAsync: false));
                return;
            case TokenKind.Def:
                into.Add(ParseFunctionDef([], Current.Span, isAsync: false));
                return;
            case TokenKind.Class:
                into.Add(ParseClassDef([]));
                return;
            case TokenKind.At:
                into.Add(ParseDecorated());
                return;
            case TokenKind.Async:
                into.Add(ParseAsyncStatement([]));
                return;
            case TokenKind.Indent:
                throw InvalidSyntax();
            case TokenKind.Name when IsSoftKeyword("match"):
                SourceSpan keyword = Current.Span;
                if (TryParseMatch(out bool missingColon) is { } match)
                {
                    into.Add(match);
                    return;
                }

                if (missingColon)
                {
                    try
                    {
                        ParseSimpleStatements(into);
                    }
                    catch (SyntaxErrorException)
                    {
                        throw Error("expected ':'", keyword);
                    }

                    return;
                }

                break;
        }

        ParseSimpleStatements(into);
    }

    /// <summary>The body after a header's ':' — an indented block, or simple statements on the same
    /// line. <paramref name="what"/> names the header for CPython's IndentationError message.</summary>
    private List<Stmt> ParseBlock(string what, int headerLine)
    {
        var body = new List<Stmt>();
        if (Kind != TokenKind.Newline)
        {
            ParseSimpleStatements(body);
            return body;
        }

        Advance();
        if (Kind != TokenKind.Indent)
        {
            throw new SyntaxErrorException($"expected an indented block after {what} on line {headerLine}", Current.Span, "IndentationError");
        }

        Advance();
        while (Kind != TokenKind.Dedent && Kind != TokenKind.EndMarker)
        {
            ParseStatementInto(body);
        }

        Accept(TokenKind.Dedent);
        return body;
    }

    /// <summary>The ':' ending a compound statement header.</summary>
    private void ExpectHeaderColon()
    {
        if (Kind == TokenKind.Colon)
        {
            Advance();
            return;
        }

        if (Kind == TokenKind.Newline)
        {
            throw Error("expected ':'", Current.Span);
        }

        throw InvalidSyntax();
    }

    /// <summary>':' after a keyword with no expression (else, try, finally): anything else is "expected ':'".</summary>
    private void ExpectBareColon()
    {
        if (!Accept(TokenKind.Colon))
        {
            throw Error("expected ':'", Current.Span);
        }
    }

    private static SourceSpan Through(SourceSpan start, IReadOnlyList<Stmt> body) =>
        new(start.Line, start.Column, body[^1].Span.EndLine, body[^1].Span.EndColumn);

    private Stmt ParseIf()
    {
        Token keyword = Advance();
        Expr test = ParseNamedExpression();
        CheckMistakenAssignment(test);
        ExpectHeaderColon();
        string what = keyword.Kind == TokenKind.If ? "'if' statement" : "'elif' statement";
        List<Stmt> body = ParseBlock(what, keyword.Span.Line);
        List<Stmt> orElse;
        if (Kind == TokenKind.Elif)
        {
            orElse = [ParseIf()];
        }
        else if (Kind == TokenKind.Else)
        {
            orElse = ParseElseBlock();
        }
        else
        {
            orElse = [];
        }

        return new If(test, body, orElse, Through(keyword.Span, orElse.Count > 0 ? orElse : body));
    }

    private List<Stmt> ParseElseBlock()
    {
        Token keyword = Advance();
        ExpectBareColon();
        return ParseBlock("'else' statement", keyword.Span.Line);
    }

    private Stmt ParseWhile()
    {
        Token keyword = Advance();
        Expr test = ParseNamedExpression();
        CheckMistakenAssignment(test);
        ExpectHeaderColon();
        List<Stmt> body = ParseBlock("'while' statement", keyword.Span.Line);
        List<Stmt> orElse = Kind == TokenKind.Else ? ParseElseBlock() : [];
        return new While(test, body, orElse, Through(keyword.Span, orElse.Count > 0 ? orElse : body));
    }

    private Stmt ParseFor(SourceSpan start, bool isAsync)
    {
        Token keyword = Advance();
        Expr target = ParseTargetList(TargetUse.For);
        if (Kind != TokenKind.In)
        {
            throw InvalidSyntax();
        }

        Advance();
        Expr iter = ParseStarExpressions();
        ExpectHeaderColon();
        List<Stmt> body = ParseBlock("'for' statement", keyword.Span.Line);
        List<Stmt> orElse = Kind == TokenKind.Else ? ParseElseBlock() : [];
        return new For(target, iter, body, orElse, isAsync, Through(start, orElse.Count > 0 ? orElse : body));
    }

    private Stmt ParseWith(SourceSpan start, bool isAsync)
    {
        Token keyword = Advance();
        List<WithItem>? items = Kind == TokenKind.LPar ? TryParseParenthesizedWithItems() : null;
        if (items == null)
        {
            items = [ParseWithItem()];
            while (Accept(TokenKind.Comma))
            {
                items.Add(ParseWithItem());
            }

            ExpectHeaderColon();
        }

        List<Stmt> body = ParseBlock("'with' statement", keyword.Span.Line);
        return new With(items, body, isAsync, Through(start, body));
    }

    /// <summary>"with (a as b, c):" — tried first; on failure the parenthesis is re-read as an expression
    /// ("with (a, b) as c:" or "with (yield):").</summary>
    private List<WithItem>? TryParseParenthesizedWithItems()
    {
        Mark mark = Save();
        try
        {
            Advance();
            var items = new List<WithItem> { ParseWithItem() };
            while (Accept(TokenKind.Comma) && Kind != TokenKind.RPar)
            {
                items.Add(ParseWithItem());
            }

            if (Kind == TokenKind.RPar && PeekKind(1) == TokenKind.Colon)
            {
                Advance();
                Advance();
                return items;
            }
        }
        catch (SyntaxErrorException)
        {
            // Not the parenthesized form; fall back below.
        }

        Restore(mark);
        return null;
    }

    private WithItem ParseWithItem()
    {
        SourceSpan start = Current.Span;
        Expr context = ParseExpression();
        Expr? vars = null;
        if (Accept(TokenKind.As))
        {
            vars = ToTarget(ParseTargetElement(), TargetUse.Assign);
            if (Kind is not (TokenKind.Comma or TokenKind.Colon or TokenKind.RPar))
            {
                throw InvalidSyntax();
            }
        }

        return new WithItem(context, vars, SpanFrom(start));
    }

    private Stmt ParseTry()
    {
        Token keyword = Advance();
        ExpectBareColon();
        List<Stmt> body = ParseBlock("'try' statement", keyword.Span.Line);
        var handlers = new List<ExceptHandler>();
        bool? star = null;
        while (Kind == TokenKind.Except)
        {
            Token except = Advance();
            bool isStar = Accept(TokenKind.Star);
            if (star is { } previous && previous != isStar)
            {
                throw Error("cannot have both 'except' and 'except*' on the same 'try'", except.Span);
            }

            star = isStar;
            Expr? type = null;
            string? name = null;
            if (Kind != TokenKind.Colon)
            {
                if (isStar && Kind == TokenKind.Newline)
                {
                    throw Error("expected ':'", Current.Span);
                }

                type = ParseExpression();
                if (Kind == TokenKind.Comma)
                {
                    throw Error("multiple exception types must be parenthesized", type.Span);
                }

                if (Accept(TokenKind.As))
                {
                    name = ExpectName();
                }
            }
            else if (isStar)
            {
                throw Error("expected one or more exception types", Current.Span);
            }

            ExpectHeaderColon();
            List<Stmt> handlerBody = ParseBlock(isStar ? "'except*' statement" : "'except' statement", except.Span.Line);
            handlers.Add(new ExceptHandler(type, name, handlerBody, Through(except.Span, handlerBody)));
        }

        List<Stmt> orElse = [];
        if (handlers.Count > 0 && Kind == TokenKind.Else)
        {
            orElse = ParseElseBlock();
        }

        List<Stmt> finalBody = [];
        if (Kind == TokenKind.Finally)
        {
            Token fin = Advance();
            ExpectBareColon();
            finalBody = ParseBlock("'finally' statement", fin.Span.Line);
        }
        else if (handlers.Count == 0)
        {
            throw Error("expected 'except' or 'finally' block", Current.Span);
        }

        IReadOnlyList<Stmt> last = finalBody.Count > 0 ? finalBody : orElse.Count > 0 ? orElse : handlers[^1].Body;
        return new Try(body, handlers, orElse, finalBody, star == true, Through(keyword.Span, last));
    }

    private Stmt ParseDecorated()
    {
        var decorators = new List<Expr>();
        while (Accept(TokenKind.At))
        {
            decorators.Add(ParseNamedExpression());
            if (Kind != TokenKind.Newline)
            {
                throw InvalidSyntax();
            }

            Advance();
        }

        return Kind switch
        {
            TokenKind.Def => ParseFunctionDef(decorators, Current.Span, isAsync: false),
            TokenKind.Class => ParseClassDef(decorators),
            TokenKind.Async when PeekKind(1) == TokenKind.Def => ParseAsyncStatement(decorators),
            _ => throw InvalidSyntax(),
        };
    }

    private Stmt ParseAsyncStatement(List<Expr> decorators)
    {
        SourceSpan start = Advance().Span;
        return Kind switch
        {
            TokenKind.Def => ParseFunctionDef(decorators, start, isAsync: true),
            TokenKind.For when decorators.Count == 0 => ParseFor(start, isAsync: true),
            TokenKind.With when decorators.Count == 0 => ParseWith(start, isAsync: true),
            _ => throw InvalidSyntax(),
        };
    }

    private Stmt ParseFunctionDef(List<Expr> decorators, SourceSpan start, bool isAsync)
    {
        Token keyword = Advance();
        string name = ExpectName();
        if (Kind != TokenKind.LPar)
        {
            throw Error("expected '('", Current.Span);
        }

        Advance();
        Arguments args = Kind == TokenKind.RPar ? Arguments.Empty : ParseParameters(lambda: false);
        Expect(TokenKind.RPar);
        Expr? returns = Accept(TokenKind.RArrow) ? ParseExpression() : null;
        ExpectHeaderColon();
        List<Stmt> body = ParseBlock("function definition", keyword.Span.Line);
        return new FunctionDef(name, args, body, decorators, returns, isAsync, Through(start, body));
    }

    private Stmt ParseClassDef(List<Expr> decorators)
    {
        Token keyword = Advance();
        string name = ExpectName();
        List<Expr> bases = [];
        List<Keyword> keywords = [];
        if (Kind == TokenKind.LPar)
        {
            Enter();
            CallArguments call = ParseArguments(Current.Span);
            (bases, keywords) = (call.Args, call.Keywords);
            Leave();
            if (bases.Count == 1 && bases[0] is GeneratorExp g)
            {
                throw Error("invalid syntax", g.Span);
            }
        }

        ExpectHeaderColon();
        List<Stmt> body = ParseBlock("class definition", keyword.Span.Line);
        return new ClassDef(name, bases, keywords, body, decorators, Through(keyword.Span, body));
    }
}
