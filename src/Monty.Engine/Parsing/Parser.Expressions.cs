using System.Runtime.CompilerServices;
using Monty.Engine.Parsing.Ast;
using Attribute = Monty.Engine.Parsing.Ast.Attribute;

namespace Monty.Engine.Parsing;

// The expression precedence ladder. Binary operators, comparisons and boolean operators are parsed by
// precedence climbing in one method, and prefix operators in loops, so that each level of syntactic
// nesting costs only a handful of stack frames (see MaxDepth).
internal sealed partial class Parser
{
    private const int PrecOr = 1;
    private const int PrecAnd = 2;
    private const int PrecNot = 3;
    private const int PrecCompare = 4;
    private const int PrecBitOr = 5;
    private const int PrecBitXor = 6;
    private const int PrecBitAnd = 7;
    private const int PrecShift = 8;
    private const int PrecArith = 9;
    private const int PrecTerm = 10;

    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    /// <summary>star_expressions: an expression, or a tuple without parentheses ("a, *b,").</summary>
    private Expr ParseStarExpressions()
    {
        SourceSpan start = Current.Span;
        Expr first = ParseStarExpression();
        if (Kind != TokenKind.Comma)
        {
            return first;
        }

        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma) && (StartsExpression(Kind) || Kind == TokenKind.Star))
        {
            elts.Add(ParseStarExpression());
        }

        return new TupleExpr(elts, ExprContext.Load, SpanFrom(start));
    }

    private Expr ParseStarExpression() => Kind == TokenKind.Star ? ParseStarred(PrecBitOr) : ParseExpression();

    private Expr ParseStarNamedExpression() => Kind == TokenKind.Star ? ParseStarred(PrecBitOr) : ParseNamedExpression();

    /// <summary>'*' followed by an operand of at least the given precedence (bitwise_or in displays and
    /// targets; 0 for a full expression, as in call arguments).</summary>
    private Starred ParseStarred(int minPrec)
    {
        SourceSpan start = Advance().Span;
        Expr value = minPrec == 0 ? ParseExpression() : ParseBinary(minPrec);
        return new Starred(value, ExprContext.Load, SpanFrom(start));
    }

    /// <summary>named_expression: NAME ':=' expression | expression.</summary>
    private Expr ParseNamedExpression()
    {
        if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.ColonEqual)
        {
            return ParseWalrus();
        }

        Expr e = ParseExpression();
        if (Kind == TokenKind.ColonEqual)
        {
            throw WalrusTargetError(e);
        }

        return e;
    }

    // Out of line so the frame of ParseNamedExpression, which is on every nesting path, stays small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private NamedExpr ParseWalrus()
    {
        Token name = Advance();
        Advance();
        Expr value = ParseExpression();
        var target = new Name((string)name.Value!, ExprContext.Store, name.Span);
        return new NamedExpr(target, value, SpanFrom(name.Span));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SyntaxErrorException WalrusTargetError(Expr e) =>
        Error($"cannot use assignment expressions with {ExprName(e)}", e.Span);

    /// <summary>expression: lambda | disjunction ['if' disjunction 'else' expression].</summary>
    private Expr ParseExpression()
    {
        if (Kind == TokenKind.Lambda)
        {
            return ParseLambda();
        }

        SourceSpan start = Current.Span;
        Expr body = ParseBinary(PrecOr);
        return Kind == TokenKind.If ? ParseConditional(body, start) : body;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Expr ParseConditional(Expr body, SourceSpan start)
    {
        Advance();
        Expr test = ParseBinary(PrecOr);
        if (Kind != TokenKind.Else)
        {
            throw Error("expected 'else' after 'if' expression", SpanFrom(start));
        }

        Advance();
        Enter();
        Expr orElse = ParseExpression();
        Leave();
        return new IfExp(test, body, orElse, SpanFrom(start));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Expr ParseLambda()
    {
        SourceSpan start = Advance().Span;
        Enter();
        Arguments args = Kind == TokenKind.Colon ? Arguments.Empty : ParseParameters(lambda: true);
        Expect(TokenKind.Colon);
        Expr body = ParseExpression();
        Leave();
        return new Lambda(args, body, SpanFrom(start));
    }

    /// <summary>Precedence climbing over or, and, not, comparisons and the binary operators down to
    /// '*' '/' '//' '%' '@'. Operands bind at least as tight as <paramref name="minPrec"/>.</summary>
    private Expr ParseBinary(int minPrec)
    {
        SourceSpan start = Current.Span;
        Expr left = minPrec <= PrecNot && Kind == TokenKind.Not ? ParseNot() : ParseFactor();
        while (true)
        {
            TokenKind kind = Kind;
            int prec = BinaryPrecedence(kind);
            if (prec < minPrec || prec == 0)
            {
                return left;
            }

            if (prec == PrecCompare)
            {
                left = ParseComparisonChain(left, start);
            }
            else if (prec <= PrecAnd)
            {
                var values = new List<Expr> { left };
                Enter();
                while (Accept(kind))
                {
                    values.Add(ParseBinary(prec + 1));
                }

                Leave();

                left = new BoolOp(kind == TokenKind.Or ? BoolOpKind.Or : BoolOpKind.And, values, SpanFrom(start));
            }
            else
            {
                Advance();
                Enter();
                Expr right = ParseBinary(prec + 1);
                Leave();
                left = new BinOp(left, ToBinaryOp(kind), right, SpanFrom(start));
            }
        }
    }

    private int BinaryPrecedence(TokenKind kind) => kind switch
    {
        TokenKind.Or => PrecOr,
        TokenKind.And => PrecAnd,
        TokenKind.Less or TokenKind.Greater or TokenKind.EqEqual or TokenKind.NotEqual or TokenKind.LessEqual
            or TokenKind.GreaterEqual or TokenKind.In or TokenKind.Is => PrecCompare,
        TokenKind.Not => PeekKind(1) == TokenKind.In ? PrecCompare : 0,
        TokenKind.VBar => PrecBitOr,
        TokenKind.Circumflex => PrecBitXor,
        TokenKind.Amper => PrecBitAnd,
        TokenKind.LeftShift or TokenKind.RightShift => PrecShift,
        TokenKind.Plus or TokenKind.Minus => PrecArith,
        TokenKind.Star or TokenKind.Slash or TokenKind.DoubleSlash or TokenKind.Percent or TokenKind.At => PrecTerm,
        _ => 0,
    };

    private static BinaryOp ToBinaryOp(TokenKind kind) => kind switch
    {
        TokenKind.VBar => BinaryOp.BitOr,
        TokenKind.Circumflex => BinaryOp.BitXor,
        TokenKind.Amper => BinaryOp.BitAnd,
        TokenKind.LeftShift => BinaryOp.LShift,
        TokenKind.RightShift => BinaryOp.RShift,
        TokenKind.Plus => BinaryOp.Add,
        TokenKind.Minus => BinaryOp.Sub,
        TokenKind.Star => BinaryOp.Mult,
        TokenKind.Slash => BinaryOp.Div,
        TokenKind.DoubleSlash => BinaryOp.FloorDiv,
        TokenKind.Percent => BinaryOp.Mod,
        TokenKind.At => BinaryOp.MatMult,
        _ => throw new InvalidOperationException(kind.ToString()),
    };

    /// <summary>a &lt; b == c ...: one Compare node for the whole chain.</summary>
    private Compare ParseComparisonChain(Expr left, SourceSpan start)
    {
        var ops = new List<CompareOp>();
        var comparators = new List<Expr>();
        while (true)
        {
            CompareOp op;
            switch (Kind)
            {
                case TokenKind.Less: op = CompareOp.Lt; break;
                case TokenKind.Greater: op = CompareOp.Gt; break;
                case TokenKind.EqEqual: op = CompareOp.Eq; break;
                case TokenKind.NotEqual: op = CompareOp.NotEq; break;
                case TokenKind.LessEqual: op = CompareOp.LtE; break;
                case TokenKind.GreaterEqual: op = CompareOp.GtE; break;
                case TokenKind.In: op = CompareOp.In; break;
                case TokenKind.Is:
                    if (PeekKind(1) == TokenKind.Not)
                    {
                        Advance();
                        op = CompareOp.IsNot;
                    }
                    else
                    {
                        op = CompareOp.Is;
                    }

                    break;
                case TokenKind.Not when PeekKind(1) == TokenKind.In:
                    Advance();
                    op = CompareOp.NotIn;
                    break;
                default:
                    return new Compare(left, ops, comparators, SpanFrom(start));
            }

            Advance();
            ops.Add(op);
            Enter();
            comparators.Add(ParseBinary(PrecBitOr));
            Leave();
        }
    }

    /// <summary>'not'+ comparison, as a loop so a long run of 'not' uses no extra stack.</summary>
    private Expr ParseNot()
    {
        int first = _pos;
        int count = 0;
        while (Kind == TokenKind.Not)
        {
            Advance();
            Enter();
            count++;
        }

        Expr operand = ParseBinary(PrecCompare);
        for (int i = count - 1; i >= 0; i--)
        {
            operand = new UnaryOpExpr(UnaryOp.Not, operand, SpanFrom(_tokens[first + i].Span));
        }

        _depth -= count;
        return operand;
    }

    /// <summary>factor: ('+' | '-' | '~')* power, where power is await_primary ['**' factor].</summary>
    private Expr ParseFactor()
    {
        TokenKind kind = Kind;
        if (kind is TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde)
        {
            return ParseUnary();
        }

        SourceSpan start = Current.Span;
        Expr e = ParsePrimary();
        return Kind == TokenKind.DoubleStar ? ParsePower(e, start) : e;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Expr ParsePower(Expr left, SourceSpan start)
    {
        Advance();
        Enter();
        Expr exponent = ParseFactor();
        Leave();
        return new BinOp(left, BinaryOp.Pow, exponent, SpanFrom(start));
    }

    /// <summary>Unary operators as a loop, so a long run of them uses no extra stack.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Expr ParseUnary()
    {
        int first = _pos;
        int count = 0;
        while (Kind is TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde)
        {
            Advance();
            Enter();
            count++;
        }

        SourceSpan start = Current.Span;
        Expr e = ParsePrimary();
        if (Kind == TokenKind.DoubleStar)
        {
            e = ParsePower(e, start);
        }

        for (int i = count - 1; i >= 0; i--)
        {
            Token t = _tokens[first + i];
            UnaryOp op = t.Kind switch
            {
                TokenKind.Minus => UnaryOp.USub,
                TokenKind.Plus => UnaryOp.UAdd,
                _ => UnaryOp.Invert,
            };
            e = new UnaryOpExpr(op, e, SpanFrom(t.Span));
        }

        _depth -= count;
        return e;
    }

    /// <summary>await_primary: ['await'] atom followed by .name, (args) and [slices] trailers.</summary>
    private Expr ParsePrimary()
    {
        if (Kind == TokenKind.Await)
        {
            return ParseAwait();
        }

        SourceSpan start = Current.Span;
        Expr e = ParseAtom();
        return Kind is TokenKind.Dot or TokenKind.LPar or TokenKind.LSqb ? ParseTrailers(e, start) : e;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Expr ParseAwait()
    {
        SourceSpan start = Advance().Span;
        if (Kind == TokenKind.Await)
        {
            // await_primary: 'await' primary; a primary cannot itself start with 'await'.
            throw InvalidSyntax();
        }

        Enter();
        Expr operand = ParsePrimary();
        Leave();
        return new Await(operand, SpanFrom(start));
    }

    /// <summary>.name, (arguments) and [slices] after an atom.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Expr ParseTrailers(Expr e, SourceSpan start)
    {
        while (true)
        {
            switch (Kind)
            {
                case TokenKind.Dot:
                    Advance();
                    if (Kind != TokenKind.Name)
                    {
                        throw InvalidSyntax();
                    }

                    e = new Attribute(e, (string)Advance().Value!, ExprContext.Load, SpanFrom(start));
                    break;
                case TokenKind.LPar:
                    Enter();
                    e = ParseCall(e, start);
                    Leave();
                    break;
                case TokenKind.LSqb:
                    Enter();
                    e = ParseSubscript(e, start);
                    Leave();
                    break;
                default:
                    return e;
            }
        }
    }

    private Expr ParseAtom()
    {
        ref readonly Token t = ref Current;
        switch (t.Kind)
        {
            case TokenKind.Name:
                Advance();
                return new Name((string)t.Value!, ExprContext.Load, t.Span);
            case TokenKind.Number:
                Advance();
                return new Constant(t.Value, t.Span);
            case TokenKind.String:
                return ParseStrings();
            case TokenKind.True:
                Advance();
                return new Constant(BoxedTrue, t.Span);
            case TokenKind.False:
                Advance();
                return new Constant(BoxedFalse, t.Span);
            case TokenKind.None:
                Advance();
                return new Constant(null, t.Span);
            case TokenKind.Ellipsis:
                Advance();
                return new Constant(EllipsisLiteral.Instance, t.Span);
            case TokenKind.LPar:
                return ParseParenthesized();
            case TokenKind.LSqb:
                return ParseListDisplay();
            case TokenKind.LBrace:
                return ParseBraceDisplay();
            default:
                throw InvalidSyntax();
        }
    }

    /// <summary>yield_expr: 'yield' 'from' expression | 'yield' [star_expressions].</summary>
    private Expr ParseYield()
    {
        SourceSpan start = Advance().Span;
        if (Accept(TokenKind.From))
        {
            Expr source = ParseExpression();
            return new YieldFrom(source, SpanFrom(start));
        }

        Expr? value = StartsExpression(Kind) || Kind == TokenKind.Star ? ParseStarExpressions() : null;
        return new Yield(value, SpanFrom(start));
    }
}
