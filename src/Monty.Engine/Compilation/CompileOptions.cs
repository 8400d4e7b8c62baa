namespace Monty.Engine.Compilation;

/// <summary>How a module is compiled.</summary>
internal sealed record CompileOptions
{
    /// <summary>Whether the module returns the value of a final expression statement (REPL-style).</summary>
    public bool ReturnLastExpression { get; init; } = true;

    public static readonly CompileOptions Default = new();

    public static readonly CompileOptions Prelude = new() { ReturnLastExpression = false };
}
