using Monty.Engine.Parsing.Ast;
using Attribute = Monty.Engine.Parsing.Ast.Attribute;

namespace Monty.Engine.Parsing;

/// <summary>Where a target appears; decides the context and the wording of errors.</summary>
internal enum TargetUse
{
    Assign,
    For,
    Del,
}

// Targets are parsed as expressions and then checked and converted to Store/Del context, reporting the
// first invalid part with CPython's "cannot assign to ..." / "cannot delete ..." messages.
internal sealed partial class Parser
{
    /// <summary>star_targets for 'for' loops and comprehensions: a comma list parsed at bitwise_or level
    /// (so the 'in' that follows is not taken as a comparison).</summary>
    private Expr ParseTargetList(TargetUse use)
    {
        SourceSpan start = Current.Span;
        Expr first = ParseTargetElement();
        if (Kind != TokenKind.Comma)
        {
            return ToTarget(first, use);
        }

        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma) && (StartsExpression(Kind) || Kind == TokenKind.Star))
        {
            elts.Add(ParseTargetElement());
        }

        return ToTarget(new TupleExpr(elts, ExprContext.Load, SpanFrom(start)), use);
    }

    private Expr ParseTargetElement() => Kind == TokenKind.Star ? ParseStarred(PrecBitOr) : ParseBinary(PrecBitOr);

    /// <summary>Returns the expression with Store (or Del) context, or throws for an invalid target.</summary>
    private static Expr ToTarget(Expr e, TargetUse use)
    {
        ExprContext ctx = use == TargetUse.Del ? ExprContext.Del : ExprContext.Store;
        switch (e)
        {
            case Name n:
                return n with { Ctx = ctx };
            case Attribute a:
                return a with { Ctx = ctx };
            case Subscript s:
                return s with { Ctx = ctx };
            case Starred s when use != TargetUse.Del:
                return s with { Value = ToTarget(s.Value, use), Ctx = ctx };
            case TupleExpr t:
                return t with { Elts = ToTargets(t.Elts, use), Ctx = ctx };
            case ListExpr l:
                return l with { Elts = ToTargets(l.Elts, use), Ctx = ctx };
            default:
                string verb = use == TargetUse.Del ? "delete" : "assign to";
                throw Error($"cannot {verb} {ExprName(e)}", e.Span);
        }
    }

    private static Expr[] ToTargets(IReadOnlyList<Expr> elts, TargetUse use)
    {
        var result = new Expr[elts.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = ToTarget(elts[i], use);
        }

        return result;
    }

    /// <summary>Validates the targets of "t1 = t2 = value", with CPython's special message for a single
    /// mistaken "expr = value" that was probably meant as a comparison.</summary>
    private static Expr ToAssignTarget(Expr target, Expr value, bool only)
    {
        if (target is Yield or YieldFrom)
        {
            throw Error("assignment to yield expression not possible", target.Span);
        }

        if (only && !IsValidTargetShape(target) && IsBitwiseLevel(target) && IsBitwiseLevel(value)
            && target is not (ListExpr or TupleExpr or GeneratorExp or Constant { Value: null or bool })
            && value is not TupleExpr)
        {
            throw Error($"cannot assign to {ExprName(target)} here. Maybe you meant '==' instead of '='?", target.Span);
        }

        return ToTarget(target, TargetUse.Assign);
    }

    private static bool IsValidTargetShape(Expr e) => e is Name or Attribute or Subscript or Starred or TupleExpr or ListExpr;
}
