using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Parsing;

// The match statement (PEP 634). 'match' and 'case' are soft keywords: a statement starting with the
// name 'match' is a match statement only if "match subject:" followed by a newline parses.
internal sealed partial class Parser
{
    /// <summary>Parses a match statement, or returns null (position unchanged) if the statement is not
    /// one. <paramref name="missingColon"/> is set for "match subject" followed by a newline, which is an
    /// error only if the line does not parse as an ordinary statement either.</summary>
    private Match? TryParseMatch(out bool missingColon)
    {
        missingColon = false;
        TokenKind next = PeekKind(1);
        if (!(StartsExpression(next) || next == TokenKind.Star) || next is TokenKind.Not or TokenKind.Lambda)
        {
            return null;
        }

        Mark mark = Save();
        Token keyword = Advance();
        Expr subject;
        try
        {
            subject = ParseMatchSubject();
        }
        catch (SyntaxErrorException)
        {
            Restore(mark);
            return null;
        }

        if (Kind != TokenKind.Colon || PeekKind(1) != TokenKind.Newline)
        {
            missingColon = Kind == TokenKind.Newline;
            Restore(mark);
            return null;
        }

        Advance();
        Advance();
        if (Kind != TokenKind.Indent)
        {
            throw new SyntaxErrorException($"expected an indented block after 'match' statement on line {keyword.Span.Line}",
                Current.Span, "IndentationError");
        }

        Advance();
        var cases = new List<MatchCase>();
        while (Kind != TokenKind.Dedent && Kind != TokenKind.EndMarker)
        {
            if (!IsSoftKeyword("case"))
            {
                throw InvalidSyntax();
            }

            cases.Add(ParseCase());
        }

        Accept(TokenKind.Dedent);
        var lastBody = cases[^1].Body;
        return new Match(subject, cases, Through(keyword.Span, lastBody));
    }

    /// <summary>subject_expr: star_named_expression ',' star_named_expressions? | named_expression.</summary>
    private Expr ParseMatchSubject()
    {
        SourceSpan start = Current.Span;
        Expr first = ParseStarNamedExpression();
        if (Kind != TokenKind.Comma)
        {
            if (first is Starred)
            {
                throw InvalidSyntax();
            }

            return first;
        }

        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma) && (StartsExpression(Kind) || Kind == TokenKind.Star))
        {
            elts.Add(ParseStarNamedExpression());
        }

        return new TupleExpr(elts, ExprContext.Load, SpanFrom(start));
    }

    private MatchCase ParseCase()
    {
        Token keyword = Advance();
        Pattern pattern = ParseOpenPatterns();
        Expr? guard = Accept(TokenKind.If) ? ParseNamedExpression() : null;
        ExpectHeaderColon();
        List<Stmt> body = ParseBlock("'case' statement", keyword.Span.Line);
        return new MatchCase(pattern, guard, body, Through(keyword.Span, body));
    }
}
