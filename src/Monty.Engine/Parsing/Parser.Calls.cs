using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Parsing;

// Call arguments (also used for class bases) and subscripts with slices.
internal sealed partial class Parser
{
    private Expr ParseCall(Expr func, SourceSpan start)
    {
        SourceSpan open = Current.Span;
        var (args, keywords) = ParseArguments(open);
        return new Call(func, args, keywords, SpanFrom(start));
    }

    /// <summary>'(' [arguments] ')', the current token being '('. A lone generator argument
    /// "f(x for x in y)" spans the parentheses, as in CPython.</summary>
    private (List<Expr> Args, List<Keyword> Keywords) ParseArguments(SourceSpan open)
    {
        Advance();
        var args = new List<Expr>();
        var keywords = new List<Keyword>();
        bool sawKeyword = false;
        bool sawDoubleStar = false;
        Expr? last = null;
        List<Comprehension>? generator = null;
        while (Kind != TokenKind.RPar)
        {
            SourceSpan argStart = Current.Span;
            if (Kind == TokenKind.Star)
            {
                Starred s = ParseStarred(0);
                if (IsComprehensionStart())
                {
                    RejectStarredElement(s);
                }

                if (sawDoubleStar)
                {
                    throw Error("iterable argument unpacking follows keyword argument unpacking", s.Span);
                }

                args.Add(s);
                last = s;
            }
            else if (Kind == TokenKind.DoubleStar)
            {
                Advance();
                Expr value = ParseExpression();
                keywords.Add(new Keyword(null, value, SpanFrom(argStart)));
                sawDoubleStar = true;
                last = value;
            }
            else if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
            {
                string name = (string)Advance().Value!;
                Advance();
                Expr value = ParseExpression();
                if (IsComprehensionStart())
                {
                    throw Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", argStart.To(value.Span));
                }

                keywords.Add(new Keyword(name, value, SpanFrom(argStart)));
                sawKeyword = true;
                last = value;
            }
            else
            {
                Expr e = ParseNamedExpression();
                if (IsComprehensionStart())
                {
                    List<Comprehension> gens = ParseComprehensionClauses();
                    if (args.Count > 0 || keywords.Count > 0 || Kind != TokenKind.RPar)
                    {
                        throw Error("Generator expression must be parenthesized", SpanFrom(argStart));
                    }

                    generator = gens;
                }
                else if (Kind == TokenKind.Equal)
                {
                    throw Error("expression cannot contain assignment, perhaps you meant \"==\"?", argStart.To(Current.Span));
                }

                if (sawDoubleStar)
                {
                    throw Error("positional argument follows keyword argument unpacking", e.Span);
                }

                if (sawKeyword)
                {
                    throw Error("positional argument follows keyword argument", e.Span);
                }

                args.Add(e);
                last = e;
            }

            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }

        ExpectClosing(TokenKind.RPar, last);
        if (generator != null)
        {
            args[0] = new GeneratorExp(args[0], generator, SpanFrom(open));
        }

        return (args, keywords);
    }

    /// <summary>'[' slices ']': one slice or expression, or a tuple of them.</summary>
    private Expr ParseSubscript(Expr value, SourceSpan start)
    {
        Advance();
        SourceSpan sliceStart = Current.Span;
        Expr first = ParseSliceItem();
        Expr slice = first;
        if (Kind == TokenKind.Comma || first is Starred)
        {
            var elts = new List<Expr> { first };
            while (Accept(TokenKind.Comma) && Kind != TokenKind.RSqb)
            {
                elts.Add(ParseSliceItem());
            }

            slice = new TupleExpr(elts, ExprContext.Load, SpanFrom(sliceStart));
        }

        ExpectClosing(TokenKind.RSqb, null);
        return new Subscript(value, slice, ExprContext.Load, SpanFrom(start));
    }

    /// <summary>slice: [expression] ':' [expression] [':' [expression]] | named_expression | starred.</summary>
    private Expr ParseSliceItem()
    {
        if (Kind == TokenKind.Star)
        {
            return ParseStarred(PrecBitOr);
        }

        SourceSpan start = Current.Span;
        Expr? lower = null;
        if (Kind != TokenKind.Colon)
        {
            lower = ParseNamedExpression();
            if (Kind != TokenKind.Colon)
            {
                return lower;
            }
        }

        Advance();
        Expr? upper = Kind is TokenKind.Colon or TokenKind.Comma or TokenKind.RSqb ? null : ParseExpression();
        Expr? step = null;
        if (Accept(TokenKind.Colon) && Kind is not (TokenKind.Comma or TokenKind.RSqb))
        {
            step = ParseExpression();
        }

        return new SliceExpr(lower, upper, step, SpanFrom(start));
    }
}
