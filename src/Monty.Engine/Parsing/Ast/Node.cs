namespace Monty.Engine.Parsing.Ast;

/// <summary>A source range: 1-based lines, 0-based columns in code points, end exclusive (as CPython's ast).</summary>
internal readonly record struct SourceSpan(int Line, int Column, int EndLine, int EndColumn)
{
    public static readonly SourceSpan None = new(0, 0, 0, 0);

    /// <summary>The span covering both spans, from this one's start to the other's end.</summary>
    public SourceSpan To(SourceSpan end) => new(Line, Column, end.EndLine, end.EndColumn);
}

/// <summary>Every AST node carries the span of source it came from.</summary>
internal abstract record Node(SourceSpan Span);

internal abstract record Expr(SourceSpan Span) : Node(Span);

internal abstract record Stmt(SourceSpan Span) : Node(Span);

/// <summary>A parsed module: its statements in order.</summary>
internal sealed record ModuleNode(IReadOnlyList<Stmt> Body, SourceSpan Span) : Node(Span);
