namespace Monty.Engine.Compilation;

internal enum FBlockKind { WhileLoop, ForLoop, TryExcept, TryFinally, HandlerBody, PopValue, With }

/// <summary>A compile-time record of an enclosing construct that break, continue and return
/// must unwind: loops, try blocks, handler bodies and pending return values.</summary>
internal sealed record FBlock(FBlockKind Kind, int ContinueLabel = -1, int BreakLabel = -1)
{
    /// <summary>For TryFinally: the finally body to inline on early exits.</summary>
    public IReadOnlyList<Parsing.Ast.Stmt>? FinalBody { get; init; }

    /// <summary>For HandlerBody: value-stack items the handler keeps (saved exception, and the exception for finally).</summary>
    public int StackItems { get; init; }

    /// <summary>For With: an async with, whose __aexit__ result is awaited.</summary>
    public bool IsAsync { get; init; }
}
