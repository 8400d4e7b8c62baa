namespace Monty.Engine.Parsing.Ast;

// Structural pattern matching (PEP 634) nodes, as in CPython's ast module.

internal sealed record MatchCase(Pattern Pattern, Expr? Guard, IReadOnlyList<Stmt> Body, SourceSpan Span) : Node(Span);

internal abstract record Pattern(SourceSpan Span) : Node(Span);

internal sealed record MatchValue(Expr Value, SourceSpan Span) : Pattern(Span);

/// <summary>None, True or False, compared by identity.</summary>
internal sealed record MatchSingleton(object? Value, SourceSpan Span) : Pattern(Span);

internal sealed record MatchSequence(IReadOnlyList<Pattern> Patterns, SourceSpan Span) : Pattern(Span);

/// <summary>A mapping pattern; Rest is the name after <c>**</c>, if any.</summary>
internal sealed record MatchMapping(IReadOnlyList<Expr> Keys, IReadOnlyList<Pattern> Patterns, string? Rest, SourceSpan Span) : Pattern(Span);

internal sealed record MatchClass(
    Expr Cls, IReadOnlyList<Pattern> Patterns, IReadOnlyList<string> KwdAttrs, IReadOnlyList<Pattern> KwdPatterns,
    SourceSpan Span) : Pattern(Span);

/// <summary><c>*name</c> inside a sequence pattern; null Name is <c>*_</c>.</summary>
internal sealed record MatchStar(string? Name, SourceSpan Span) : Pattern(Span);

/// <summary><c>pattern as name</c>, or a bare capture (Pattern null), or the wildcard <c>_</c> (both null).</summary>
internal sealed record MatchAs(Pattern? Pattern, string? Name, SourceSpan Span) : Pattern(Span);

internal sealed record MatchOr(IReadOnlyList<Pattern> Patterns, SourceSpan Span) : Pattern(Span);
