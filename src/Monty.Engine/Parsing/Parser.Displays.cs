using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Parsing;

// Bracketed atoms: groups, tuples, generator expressions, lists, sets, dicts and comprehensions.
internal sealed partial class Parser
{
    private Expr ParseParenthesized()
    {
        SourceSpan start = Advance().Span;
        Enter();
        Expr result;
        if (Kind == TokenKind.RPar)
        {
            Advance();
            result = new TupleExpr([], ExprContext.Load, SpanFrom(start));
        }
        else if (Kind == TokenKind.Yield)
        {
            result = ParseYield();
            ExpectClosing(TokenKind.RPar, result);
        }
        else if (Kind == TokenKind.DoubleStar)
        {
            throw Error("cannot use double starred expression here", Current.Span);
        }
        else
        {
            Expr first = ParseStarNamedExpression();
            if (IsComprehensionStart())
            {
                RejectStarredElement(first);
                List<Comprehension> generators = ParseComprehensionClauses();
                ExpectClosing(TokenKind.RPar, null);
                result = new GeneratorExp(first, generators, SpanFrom(start));
            }
            else if (Kind == TokenKind.Comma)
            {
                var elts = new List<Expr> { first };
                while (Accept(TokenKind.Comma) && Kind != TokenKind.RPar)
                {
                    elts.Add(ParseStarNamedExpression());
                }

                ExpectClosing(TokenKind.RPar, elts[^1]);
                result = new TupleExpr(elts, ExprContext.Load, SpanFrom(start));
            }
            else
            {
                ExpectClosing(TokenKind.RPar, first);
                if (first is Starred)
                {
                    throw Error("cannot use starred expression here", first.Span);
                }

                result = first;
            }
        }

        Leave();
        return result;
    }

    private Expr ParseListDisplay()
    {
        SourceSpan start = Advance().Span;
        Enter();
        var elts = new List<Expr>();
        Expr result;
        if (Kind != TokenKind.RSqb)
        {
            Expr first = ParseStarNamedExpression();
            if (IsComprehensionStart())
            {
                RejectStarredElement(first);
                List<Comprehension> generators = ParseComprehensionClauses();
                ExpectClosing(TokenKind.RSqb, null);
                Leave();
                return new ListComp(first, generators, SpanFrom(start));
            }

            elts.Add(first);
            while (Accept(TokenKind.Comma) && Kind != TokenKind.RSqb)
            {
                elts.Add(ParseStarNamedExpression());
            }

            ExpectClosing(TokenKind.RSqb, elts[^1]);
        }
        else
        {
            Advance();
        }

        result = new ListExpr(elts, ExprContext.Load, SpanFrom(start));
        Leave();
        return result;
    }

    /// <summary>'{' ... '}': a dict, set, dict comprehension or set comprehension.</summary>
    private Expr ParseBraceDisplay()
    {
        SourceSpan start = Advance().Span;
        Enter();
        Expr result;
        if (Kind == TokenKind.RBrace)
        {
            Advance();
            result = new DictExpr([], [], SpanFrom(start));
        }
        else if (Kind == TokenKind.DoubleStar)
        {
            result = ParseDictRest(start, new List<Expr?>(), new List<Expr>());
        }
        else
        {
            Expr first = ParseStarNamedExpression();
            if (Kind == TokenKind.Colon && first is not (Starred or NamedExpr))
            {
                Advance();
                Expr value = ParseDictValue();
                if (IsComprehensionStart())
                {
                    List<Comprehension> generators = ParseComprehensionClauses();
                    ExpectClosing(TokenKind.RBrace, null);
                    result = new DictComp(first, value, generators, SpanFrom(start));
                }
                else
                {
                    result = ParseDictRest(start, new List<Expr?> { first }, new List<Expr> { value });
                }
            }
            else if (IsComprehensionStart())
            {
                RejectStarredElement(first);
                List<Comprehension> generators = ParseComprehensionClauses();
                ExpectClosing(TokenKind.RBrace, null);
                result = new SetComp(first, generators, SpanFrom(start));
            }
            else
            {
                var elts = new List<Expr> { first };
                while (Accept(TokenKind.Comma) && Kind != TokenKind.RBrace)
                {
                    elts.Add(ParseStarNamedExpression());
                }

                ExpectClosing(TokenKind.RBrace, elts[^1]);
                result = new SetExpr(elts, SpanFrom(start));
            }
        }

        Leave();
        return result;
    }

    /// <summary>The remaining items of a dict display; if keys is empty the current token is '**'.</summary>
    private DictExpr ParseDictRest(SourceSpan start, List<Expr?> keys, List<Expr> values)
    {
        bool needItem = keys.Count == 0;
        while (needItem || (Accept(TokenKind.Comma) && Kind != TokenKind.RBrace))
        {
            needItem = false;
            if (Accept(TokenKind.DoubleStar))
            {
                keys.Add(null);
                values.Add(ParseBinary(PrecBitOr));
                continue;
            }

            Expr key = ParseExpression();
            if (Kind != TokenKind.Colon)
            {
                if (Kind is TokenKind.Comma or TokenKind.RBrace)
                {
                    throw Error("':' expected after dictionary key", key.Span);
                }

                throw InvalidSyntax();
            }

            Advance();
            keys.Add(key);
            values.Add(ParseDictValue());
        }

        ExpectClosing(TokenKind.RBrace, values.Count > 0 ? values[^1] : null);
        return new DictExpr(keys, values, SpanFrom(start));
    }

    private Expr ParseDictValue()
    {
        if (Kind == TokenKind.Star)
        {
            Starred s = ParseStarred(PrecBitOr);
            throw Error("cannot use a starred expression in a dictionary value", s.Span);
        }

        return ParseExpression();
    }

    private bool IsComprehensionStart() =>
        Kind == TokenKind.For || (Kind == TokenKind.Async && PeekKind(1) == TokenKind.For);

    private static void RejectStarredElement(Expr element)
    {
        if (element is Starred)
        {
            throw Error("iterable unpacking cannot be used in comprehension", element.Span);
        }
    }

    /// <summary>One or more "[async] for targets in disjunction (if disjunction)*" clauses.</summary>
    private List<Comprehension> ParseComprehensionClauses()
    {
        var generators = new List<Comprehension>();
        while (IsComprehensionStart())
        {
            SourceSpan start = Current.Span;
            bool isAsync = Accept(TokenKind.Async);
            Advance();
            Expr target = ParseTargetList(TargetUse.For);
            Expect(TokenKind.In);
            Expr iter = ParseBinary(PrecOr);
            var ifs = new List<Expr>();
            while (Accept(TokenKind.If))
            {
                ifs.Add(ParseBinary(PrecOr));
            }

            generators.Add(new Comprehension(target, iter, ifs, isAsync, SpanFrom(start)));
        }

        return generators;
    }
}
