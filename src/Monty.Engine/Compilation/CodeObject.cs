using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Compilation;

/// <summary>Compiled code for one module, function, lambda, comprehension or class body.
/// Immutable once built, so one compiled program can run in many executions at once.</summary>
/// <summary>Facts about a code object that select fast paths.</summary>
internal enum CodeFlags { None, Simple }

internal sealed class CodeObject : PyObject
{
    public required string Name { get; init; }

    public required string QualName { get; init; }

    public required string FileName { get; init; }

    public required int[] Instructions { get; init; }

    /// <summary>Source span of each instruction, for tracebacks.</summary>
    public required SourceSpan[] Spans { get; init; }

    public required PyObject[] Constants { get; init; }

    /// <summary>Global, attribute and import names referenced by index.</summary>
    public required string[] Names { get; init; }

    /// <summary>Fast locals: parameters first, then other locals.</summary>
    public required string[] VarNames { get; init; }

    /// <summary>Locals captured by inner functions (stored in cells).</summary>
    public required string[] CellVars { get; init; }

    /// <summary>Variables taken from enclosing functions' cells.</summary>
    public required string[] FreeVars { get; init; }

    /// <summary>For each cell var, the parameter index it starts from, or -1.</summary>
    public required int[] CellParameters { get; init; }

    public int ArgCount { get; init; }

    public int PosOnlyCount { get; init; }

    public int KwOnlyCount { get; init; }

    public bool HasVarArgs { get; init; }

    public bool HasVarKeywords { get; init; }

    public bool IsGenerator { get; init; }

    public bool IsCoroutine { get; init; }

    /// <summary>Host calls from this code return futures (async code); see Scope.AwaitsHostCalls.</summary>
    public bool AwaitsHostCalls { get; init; }

    /// <summary>Module-level code: names resolve through the module namespace.</summary>
    public bool IsModule { get; init; }

    public required int MaxStack { get; init; }

    /// <summary>Source lines of the file, shared by all code objects of one compilation.</summary>
    public required string[] SourceLines { get; init; }

    public int FirstLine { get; init; }

    /// <summary>True when Constants[0] is the docstring.</summary>
    public bool HasDocstring { get; init; }

    /// <summary>Simple when the code takes only plain positional parameters, has no cells and is not
    /// a generator: calls with exactly ArgCount positional arguments then skip argument binding.</summary>
    public CodeFlags Flags => _flags ??= ComputeFlags();

    private CodeFlags? _flags;

    private CodeFlags ComputeFlags() =>
        PosOnlyCount == 0 && KwOnlyCount == 0 && !HasVarArgs && !HasVarKeywords && CellVars.Length == 0 && !IsGenerator && !IsCoroutine
            ? CodeFlags.Simple
            : CodeFlags.None;

    /// <summary>Total parameters, including *args and **kwargs.</summary>
    public int TotalParameters => ArgCount + KwOnlyCount + (HasVarArgs ? 1 : 0) + (HasVarKeywords ? 1 : 0);

    public override PyType Type => PyTypes.Code;
}
