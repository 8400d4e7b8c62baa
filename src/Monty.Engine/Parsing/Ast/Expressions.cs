namespace Monty.Engine.Parsing.Ast;

// Expression nodes, named as in CPython's ast module so the grammar maps one to one.

/// <summary>A literal: value is null (None), bool, BigInteger, double, string, byte[] (bytes), or <see cref="EllipsisLiteral"/>.
/// Ints are always BigInteger here; the compiler narrows them.</summary>
internal sealed record Constant(object? Value, SourceSpan Span) : Expr(Span);

/// <summary>Marker value for the <c>...</c> literal.</summary>
internal sealed class EllipsisLiteral
{
    public static readonly EllipsisLiteral Instance = new();
    private EllipsisLiteral() { }
}

internal sealed record Name(string Id, ExprContext Ctx, SourceSpan Span) : Expr(Span);

internal sealed record BoolOp(BoolOpKind Op, IReadOnlyList<Expr> Values, SourceSpan Span) : Expr(Span);

internal sealed record NamedExpr(Name Target, Expr Value, SourceSpan Span) : Expr(Span);

internal sealed record BinOp(Expr Left, BinaryOp Op, Expr Right, SourceSpan Span) : Expr(Span);

internal sealed record UnaryOpExpr(UnaryOp Op, Expr Operand, SourceSpan Span) : Expr(Span);

internal sealed record Lambda(Arguments Args, Expr Body, SourceSpan Span) : Expr(Span);

internal sealed record IfExp(Expr Test, Expr Body, Expr OrElse, SourceSpan Span) : Expr(Span);

/// <summary>A dict display. A null key means <c>**value</c> unpacking.</summary>
internal sealed record DictExpr(IReadOnlyList<Expr?> Keys, IReadOnlyList<Expr> Values, SourceSpan Span) : Expr(Span);

internal sealed record SetExpr(IReadOnlyList<Expr> Elts, SourceSpan Span) : Expr(Span);

internal sealed record ListComp(Expr Elt, IReadOnlyList<Comprehension> Generators, SourceSpan Span) : Expr(Span);

internal sealed record SetComp(Expr Elt, IReadOnlyList<Comprehension> Generators, SourceSpan Span) : Expr(Span);

internal sealed record DictComp(Expr Key, Expr Value, IReadOnlyList<Comprehension> Generators, SourceSpan Span) : Expr(Span);

internal sealed record GeneratorExp(Expr Elt, IReadOnlyList<Comprehension> Generators, SourceSpan Span) : Expr(Span);

internal sealed record Await(Expr Value, SourceSpan Span) : Expr(Span);

internal sealed record Yield(Expr? Value, SourceSpan Span) : Expr(Span);

internal sealed record YieldFrom(Expr Value, SourceSpan Span) : Expr(Span);

/// <summary>A comparison chain: <c>Left Ops[0] Comparators[0] Ops[1] Comparators[1] ...</c>.</summary>
internal sealed record Compare(Expr Left, IReadOnlyList<CompareOp> Ops, IReadOnlyList<Expr> Comparators, SourceSpan Span) : Expr(Span);

/// <summary>A call. Positional args may include <see cref="Starred"/>; a keyword with null Arg is <c>**mapping</c>.</summary>
internal sealed record Call(Expr Func, IReadOnlyList<Expr> Args, IReadOnlyList<Keyword> Keywords, SourceSpan Span) : Expr(Span);

/// <summary>One f-string replacement field. Conversion is -1 (none), 'r', 's' or 'a'; FormatSpec is a JoinedStr or null.</summary>
internal sealed record FormattedValue(Expr Value, int Conversion, Expr? FormatSpec, SourceSpan Span) : Expr(Span);

/// <summary>An f-string: Constant(string) and FormattedValue parts in order.</summary>
internal sealed record JoinedStr(IReadOnlyList<Expr> Values, SourceSpan Span) : Expr(Span);

internal sealed record Attribute(Expr Value, string Attr, ExprContext Ctx, SourceSpan Span) : Expr(Span);

internal sealed record Subscript(Expr Value, Expr Slice, ExprContext Ctx, SourceSpan Span) : Expr(Span);

internal sealed record Starred(Expr Value, ExprContext Ctx, SourceSpan Span) : Expr(Span);

internal sealed record ListExpr(IReadOnlyList<Expr> Elts, ExprContext Ctx, SourceSpan Span) : Expr(Span);

internal sealed record TupleExpr(IReadOnlyList<Expr> Elts, ExprContext Ctx, SourceSpan Span) : Expr(Span);

/// <summary>A slice inside a subscript: <c>a[lower:upper:step]</c>; each part may be null.</summary>
internal sealed record SliceExpr(Expr? Lower, Expr? Upper, Expr? Step, SourceSpan Span) : Expr(Span);

/// <summary>One <c>for target in iter if cond...</c> clause of a comprehension.</summary>
internal sealed record Comprehension(Expr Target, Expr Iter, IReadOnlyList<Expr> Ifs, bool IsAsync, SourceSpan Span) : Node(Span);

/// <summary>A keyword argument at a call site; Arg null means <c>**value</c>.</summary>
internal sealed record Keyword(string? Arg, Expr Value, SourceSpan Span) : Node(Span);

/// <summary>A function parameter with an optional annotation.</summary>
internal sealed record Arg(string Name, Expr? Annotation, SourceSpan Span) : Node(Span);

/// <summary>A parameter list. Defaults align with the last positional parameters (PosOnly then Args);
/// KwDefaults aligns one to one with KwOnly (null where there is no default).</summary>
internal sealed record Arguments(
    IReadOnlyList<Arg> PosOnly,
    IReadOnlyList<Arg> Args,
    Arg? VarArg,
    IReadOnlyList<Arg> KwOnly,
    IReadOnlyList<Expr?> KwDefaults,
    Arg? KwArg,
    IReadOnlyList<Expr> Defaults)
{
    public static readonly Arguments Empty = new([], [], null, [], [], null, []);
}
