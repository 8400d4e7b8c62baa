namespace Monty.Engine.Parsing.Ast;

// Statement nodes, named as in CPython's ast module.

internal sealed record FunctionDef(
    string Name, Arguments Args, IReadOnlyList<Stmt> Body, IReadOnlyList<Expr> Decorators,
    Expr? Returns, bool IsAsync, SourceSpan Span) : Stmt(Span);

internal sealed record ClassDef(
    string Name, IReadOnlyList<Expr> Bases, IReadOnlyList<Keyword> Keywords, IReadOnlyList<Stmt> Body,
    IReadOnlyList<Expr> Decorators, SourceSpan Span) : Stmt(Span);

internal sealed record Return(Expr? Value, SourceSpan Span) : Stmt(Span);

internal sealed record Delete(IReadOnlyList<Expr> Targets, SourceSpan Span) : Stmt(Span);

/// <summary><c>a = b = value</c>: several targets, one value.</summary>
internal sealed record Assign(IReadOnlyList<Expr> Targets, Expr Value, SourceSpan Span) : Stmt(Span);

internal sealed record AugAssign(Expr Target, BinaryOp Op, Expr Value, SourceSpan Span) : Stmt(Span);

/// <summary><c>target: annotation [= value]</c>. Simple is true for a bare name target without parentheses.</summary>
internal sealed record AnnAssign(Expr Target, Expr Annotation, Expr? Value, bool Simple, SourceSpan Span) : Stmt(Span);

internal sealed record For(Expr Target, Expr Iter, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> OrElse, bool IsAsync, SourceSpan Span) : Stmt(Span);

internal sealed record While(Expr Test, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> OrElse, SourceSpan Span) : Stmt(Span);

internal sealed record If(Expr Test, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> OrElse, SourceSpan Span) : Stmt(Span);

internal sealed record WithItem(Expr ContextExpr, Expr? OptionalVars, SourceSpan Span) : Node(Span);

internal sealed record With(IReadOnlyList<WithItem> Items, IReadOnlyList<Stmt> Body, bool IsAsync, SourceSpan Span) : Stmt(Span);

internal sealed record Match(Expr Subject, IReadOnlyList<MatchCase> Cases, SourceSpan Span) : Stmt(Span);

internal sealed record Raise(Expr? Exc, Expr? Cause, SourceSpan Span) : Stmt(Span);

internal sealed record ExceptHandler(Expr? Type, string? Name, IReadOnlyList<Stmt> Body, SourceSpan Span) : Node(Span);

/// <summary>try/except/else/finally. IsStar marks <c>except*</c> (unsupported, rejected by the compiler).</summary>
internal sealed record Try(
    IReadOnlyList<Stmt> Body, IReadOnlyList<ExceptHandler> Handlers, IReadOnlyList<Stmt> OrElse,
    IReadOnlyList<Stmt> FinalBody, bool IsStar, SourceSpan Span) : Stmt(Span);

internal sealed record Assert(Expr Test, Expr? Msg, SourceSpan Span) : Stmt(Span);

/// <summary>One imported name: <c>name [as asname]</c>; name may be dotted for plain imports.</summary>
internal sealed record Alias(string Name, string? AsName, SourceSpan Span) : Node(Span);

internal sealed record Import(IReadOnlyList<Alias> Names, SourceSpan Span) : Stmt(Span);

/// <summary><c>from module import names</c>; Level counts leading dots; a name "*" means star import.</summary>
internal sealed record ImportFrom(string? Module, IReadOnlyList<Alias> Names, int Level, SourceSpan Span) : Stmt(Span);

internal sealed record Global(IReadOnlyList<string> Names, SourceSpan Span) : Stmt(Span);

internal sealed record Nonlocal(IReadOnlyList<string> Names, SourceSpan Span) : Stmt(Span);

internal sealed record ExprStmt(Expr Value, SourceSpan Span) : Stmt(Span);

internal sealed record Pass(SourceSpan Span) : Stmt(Span);

internal sealed record Break(SourceSpan Span) : Stmt(Span);

internal sealed record Continue(SourceSpan Span) : Stmt(Span);
