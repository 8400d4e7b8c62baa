using Monty.Engine.Parsing.Ast;
using Attribute = Monty.Engine.Parsing.Ast.Attribute;

namespace Monty.Engine.Parsing;

// Simple statements: one logical line of ';'-separated statements.
internal sealed partial class Parser
{
    private void ParseSimpleStatements(List<Stmt> into)
    {
        while (true)
        {
            into.Add(ParseSimpleStatement());
            if (!Accept(TokenKind.Semi) || Kind == TokenKind.Newline)
            {
                break;
            }
        }

        if (Kind != TokenKind.Newline)
        {
            throw InvalidSyntax();
        }

        Advance();
    }

    private Stmt ParseSimpleStatement()
    {
        Token t = Current;
        switch (t.Kind)
        {
            case TokenKind.Pass:
                Advance();
                return new Pass(t.Span);
            case TokenKind.Break:
                Advance();
                return new Break(t.Span);
            case TokenKind.Continue:
                Advance();
                return new Continue(t.Span);
            case TokenKind.Return:
            {
                Advance();
                Expr? value = StartsExpression(Kind) || Kind == TokenKind.Star ? ParseStarExpressions() : null;
                return new Return(value, SpanFrom(t.Span));
            }

            case TokenKind.Raise:
                return ParseRaise();
            case TokenKind.Global:
            case TokenKind.Nonlocal:
                return ParseGlobalOrNonlocal();
            case TokenKind.Del:
                return ParseDel();
            case TokenKind.Assert:
            {
                Advance();
                Expr test = ParseExpression();
                Expr? msg = Accept(TokenKind.Comma) ? ParseExpression() : null;
                return new Assert(test, msg, SpanFrom(t.Span));
            }

            case TokenKind.Import:
                return ParseImport();
            case TokenKind.From:
                return ParseFromImport();
            case TokenKind.Indent:
                throw InvalidSyntax();
            default:
                return ParseExpressionStatement();
        }
    }

    private Stmt ParseRaise()
    {
        SourceSpan start = Advance().Span;
        Expr? exc = null;
        Expr? cause = null;
        if (StartsExpression(Kind))
        {
            exc = ParseExpression();
            if (Accept(TokenKind.From))
            {
                cause = ParseExpression();
            }
        }

        return new Raise(exc, cause, SpanFrom(start));
    }

    private Stmt ParseGlobalOrNonlocal()
    {
        Token keyword = Advance();
        var names = new List<string> { ExpectName() };
        while (Accept(TokenKind.Comma))
        {
            names.Add(ExpectName());
        }

        return keyword.Kind == TokenKind.Global
            ? new Global(names, SpanFrom(keyword.Span))
            : new Nonlocal(names, SpanFrom(keyword.Span));
    }

    private Stmt ParseDel()
    {
        SourceSpan start = Advance().Span;
        var targets = new List<Expr>();
        do
        {
            if (!StartsExpression(Kind) && Kind != TokenKind.Star)
            {
                if (targets.Count > 0)
                {
                    break;
                }

                throw InvalidSyntax();
            }

            Expr target = ParseTargetElement();
            if (target is Starred)
            {
                throw Error("cannot delete starred", target.Span);
            }

            targets.Add(ToTarget(target, TargetUse.Del));
        }
        while (Accept(TokenKind.Comma));

        return new Delete(targets, SpanFrom(start));
    }

    private Stmt ParseImport()
    {
        SourceSpan start = Advance().Span;
        var names = new List<Alias>();
        do
        {
            SourceSpan nameStart = Current.Span;
            string name = ParseDottedName();
            string? asName = Accept(TokenKind.As) ? ExpectName() : null;
            names.Add(new Alias(name, asName, SpanFrom(nameStart)));
        }
        while (Accept(TokenKind.Comma));

        return new Import(names, SpanFrom(start));
    }

    private string ParseDottedName()
    {
        string name = ExpectName();
        while (Kind == TokenKind.Dot)
        {
            Advance();
            name = name + "." + ExpectName();
        }

        return name;
    }

    private Stmt ParseFromImport()
    {
        SourceSpan start = Advance().Span;
        int level = 0;
        while (Kind is TokenKind.Dot or TokenKind.Ellipsis)
        {
            level += Advance().Kind == TokenKind.Dot ? 1 : 3;
        }

        string? module = level == 0 || Kind == TokenKind.Name ? ParseDottedName() : null;
        Expect(TokenKind.Import);
        var names = new List<Alias>();
        if (Kind == TokenKind.Star)
        {
            names.Add(new Alias("*", null, Advance().Span));
            return new ImportFrom(module, names, level, SpanFrom(start));
        }

        bool parenthesized = Accept(TokenKind.LPar);
        while (true)
        {
            SourceSpan nameStart = Current.Span;
            string name = ExpectName();
            string? asName = Accept(TokenKind.As) ? ExpectName() : null;
            names.Add(new Alias(name, asName, SpanFrom(nameStart)));
            if (!Accept(TokenKind.Comma))
            {
                break;
            }

            if (parenthesized && Kind == TokenKind.RPar)
            {
                break;
            }

            if (!parenthesized && Kind != TokenKind.Name)
            {
                throw Error("trailing comma not allowed without surrounding parentheses", _prev);
            }
        }

        if (parenthesized)
        {
            Expect(TokenKind.RPar);
        }

        return new ImportFrom(module, names, level, SpanFrom(start));
    }

    /// <summary>Expression statement, assignment, annotated assignment or augmented assignment.</summary>
    private Stmt ParseExpressionStatement()
    {
        SourceSpan start = Current.Span;
        bool parenthesized = Kind == TokenKind.LPar;
        Expr first = Kind == TokenKind.Yield ? ParseYield() : ParseStarExpressions();
        TokenKind kind = Kind;
        if (kind == TokenKind.Equal)
        {
            return ParseAssignment(first, start);
        }

        if (kind == TokenKind.Colon)
        {
            return ParseAnnotatedAssignment(first, start, parenthesized);
        }

        BinaryOp? augmented = AugmentedOperator(kind);
        if (augmented is { } op)
        {
            if (first is not (Name or Attribute or Subscript))
            {
                throw Error($"'{ExprName(first)}' is an illegal expression for augmented assignment", first.Span);
            }

            Advance();
            Expr value = Kind == TokenKind.Yield ? ParseYield() : ParseStarExpressions();
            return new AugAssign(ToTarget(first, TargetUse.Assign), op, value, SpanFrom(start));
        }

        if (first is Name { Id: "print" or "exec" } legacy && (StartsExpression(kind) && kind != TokenKind.LPar))
        {
            throw Error($"Missing parentheses in call to '{legacy.Id}'. Did you mean {legacy.Id}(...)?", SpanFrom(start));
        }

        return new ExprStmt(first, SpanFrom(start));
    }

    private Stmt ParseAssignment(Expr first, SourceSpan start)
    {
        var targets = new List<Expr> { first };
        Expr value;
        while (true)
        {
            Advance();
            Expr next = Kind == TokenKind.Yield ? ParseYield() : ParseStarExpressions();
            if (Kind != TokenKind.Equal)
            {
                value = next;
                break;
            }

            targets.Add(next);
        }

        for (int i = 0; i < targets.Count; i++)
        {
            targets[i] = ToAssignTarget(targets[i], value, only: targets.Count == 1);
        }

        return new Assign(targets, value, SpanFrom(start));
    }

    private Stmt ParseAnnotatedAssignment(Expr target, SourceSpan start, bool parenthesized)
    {
        switch (target)
        {
            case TupleExpr:
                throw Error("only single target (not tuple) can be annotated", target.Span);
            case ListExpr:
                throw Error("only single target (not list) can be annotated", target.Span);
            case Name or Attribute or Subscript:
                break;
            default:
                throw Error("illegal target for annotation", target.Span);
        }

        Advance();
        Expr annotation = ParseExpression();
        Expr? value = null;
        if (Accept(TokenKind.Equal))
        {
            value = Kind == TokenKind.Yield ? ParseYield() : ParseStarExpressions();
        }

        bool simple = target is Name && !parenthesized;
        return new AnnAssign(ToTarget(target, TargetUse.Assign), annotation, value, simple, SpanFrom(start));
    }

    private static BinaryOp? AugmentedOperator(TokenKind kind) => kind switch
    {
        TokenKind.PlusEqual => BinaryOp.Add,
        TokenKind.MinEqual => BinaryOp.Sub,
        TokenKind.StarEqual => BinaryOp.Mult,
        TokenKind.AtEqual => BinaryOp.MatMult,
        TokenKind.SlashEqual => BinaryOp.Div,
        TokenKind.DoubleSlashEqual => BinaryOp.FloorDiv,
        TokenKind.PercentEqual => BinaryOp.Mod,
        TokenKind.DoubleStarEqual => BinaryOp.Pow,
        TokenKind.LeftShiftEqual => BinaryOp.LShift,
        TokenKind.RightShiftEqual => BinaryOp.RShift,
        TokenKind.VBarEqual => BinaryOp.BitOr,
        TokenKind.CircumflexEqual => BinaryOp.BitXor,
        TokenKind.AmperEqual => BinaryOp.BitAnd,
        _ => null,
    };
}
