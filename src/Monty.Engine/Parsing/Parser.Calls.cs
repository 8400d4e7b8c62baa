using System.Runtime.CompilerServices;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Parsing;

// Call arguments (also used for class bases) and subscripts with slices.
internal sealed partial class Parser
{
    private Expr ParseCall(Expr func, SourceSpan start)
    {
        SourceSpan open = Current.Span;
        CallArguments call = ParseArguments(open);
        return new Call(func, call.Args, call.Keywords, SpanFrom(start));
    }

    /// <summary>'(' [arguments] ')', the current token being '('. A lone generator argument
    /// "f(x for x in y)" spans the parentheses, as in CPython. The loop handles plain positional
    /// arguments itself and leaves everything else to out-of-line helpers: this method is on the stack
    /// for every level of nested calls, so its frame is kept small.</summary>
    private CallArguments ParseArguments(SourceSpan open)
    {
        Advance();
        var call = new CallArguments();
        while (Kind != TokenKind.RPar)
        {
            if (Kind is TokenKind.Star or TokenKind.DoubleStar || (Kind == TokenKind.Name && PeekKind(1) == TokenKind.Equal))
            {
                ParseSpecialArgument(call);
            }
            else
            {
                Expr e = ParseNamedExpression();
                if (Kind is not (TokenKind.Comma or TokenKind.RPar))
                {
                    CheckPositionalTail(call, e);
                }

                call.AddPositional(e);
            }

            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }

        ExpectClosing(TokenKind.RPar, call.Last);
        if (call.Generator != null)
        {
            call.Args[0] = new GeneratorExp(call.Args[0], call.Generator, SpanFrom(open));
        }

        return call;
    }

    /// <summary>*args, **kwargs or name=value.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ParseSpecialArgument(CallArguments call)
    {
        SourceSpan argStart = Current.Span;
        if (Kind == TokenKind.Star)
        {
            Starred s = ParseStarred(0);
            if (IsComprehensionStart())
            {
                RejectStarredElement(s);
            }

            if (call.SawDoubleStar)
            {
                throw Error("iterable argument unpacking follows keyword argument unpacking", s.Span);
            }

            call.Args.Add(s);
            call.Last = s;
        }
        else if (Kind == TokenKind.DoubleStar)
        {
            Advance();
            Expr value = ParseExpression();
            call.Keywords.Add(new Keyword(null, value, SpanFrom(argStart)));
            call.SawDoubleStar = true;
            call.Last = value;
        }
        else
        {
            string name = (string)Advance().Value!;
            Advance();
            Expr value = ParseExpression();
            if (IsComprehensionStart())
            {
                throw Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", argStart.To(value.Span));
            }

            call.Keywords.Add(new Keyword(name, value, SpanFrom(argStart)));
            call.SawKeyword = true;
            call.Last = value;
        }
    }

    /// <summary>A positional argument followed by something other than ',' or ')': a generator
    /// argument, or a mistaken '='.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CheckPositionalTail(CallArguments call, Expr e)
    {
        if (IsComprehensionStart())
        {
            List<Comprehension> generators = ParseComprehensionClauses();
            if (call.Args.Count > 0 || call.Keywords.Count > 0 || Kind != TokenKind.RPar)
            {
                throw Error("Generator expression must be parenthesized", e.Span.To(_prev));
            }

            call.Generator = generators;
        }
        else if (Kind == TokenKind.Equal)
        {
            throw Error("expression cannot contain assignment, perhaps you meant \"==\"?", e.Span.To(Current.Span));
        }
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

/// <summary>Arguments of a call or class definition, as they are collected.</summary>
internal sealed class CallArguments
{
    public List<Expr> Args { get; } = new();

    public List<Keyword> Keywords { get; } = new();

    public bool SawKeyword { get; set; }

    public bool SawDoubleStar { get; set; }

    public Expr? Last { get; set; }

    public List<Comprehension>? Generator { get; set; }

    public void AddPositional(Expr e)
    {
        if (SawDoubleStar || SawKeyword)
        {
            throw new SyntaxErrorException(
                SawDoubleStar ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument",
                e.Span);
        }

        Args.Add(e);
        Last = e;
    }
}
