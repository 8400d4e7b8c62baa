using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Compilation;

internal enum ScopeKind { Module, Function, Lambda, Comprehension, Class }

/// <summary>How a name is stored in one scope, as CPython's symtable decides.</summary>
internal enum NameKind { Local, GlobalExplicit, GlobalImplicit, Free, Cell, ClassLocal }

/// <summary>One scope (module, function, lambda, comprehension or class body) and the
/// resolution of every name it uses.</summary>
internal sealed class Scope(ScopeKind kind, string name, Scope? parent, Node node)
{
    public ScopeKind Kind { get; } = kind;

    public string Name { get; } = name;

    public Scope? Parent { get; } = parent;

    public Node Node { get; } = node;

    public List<Scope> Children { get; } = [];

    /// <summary>Names bound in this scope (assignment, parameter, def, import, for target...).</summary>
    public HashSet<string> Assigned { get; } = new(StringComparer.Ordinal);

    /// <summary>Names read in this scope.</summary>
    public HashSet<string> Used { get; } = new(StringComparer.Ordinal);

    public HashSet<string> DeclaredGlobal { get; } = new(StringComparer.Ordinal);

    public HashSet<string> DeclaredNonlocal { get; } = new(StringComparer.Ordinal);

    /// <summary>Parameters in order: positional(-only) first, then keyword-only, *args, **kwargs.</summary>
    public List<string> Parameters { get; } = [];

    public Dictionary<string, NameKind> Resolved { get; } = new(StringComparer.Ordinal);

    /// <summary>Free variables, in first-seen order (the closure tuple's order).</summary>
    public List<string> FreeVars { get; } = [];

    /// <summary>Locals captured by children, in first-seen order.</summary>
    public List<string> CellVars { get; } = [];

    public bool IsGenerator { get; set; }

    public bool IsCoroutine { get; set; }

    /// <summary>Module scope only: the module awaits at top level, so it runs its awaits in the event loop.</summary>
    public bool HasTopLevelAwait { get; set; }

    /// <summary>Host calls made here return futures instead of suspending: coroutines, comprehensions
    /// inside async code, and modules with top-level await.</summary>
    public bool AwaitsHostCalls
    {
        get
        {
            var scope = this;
            while (scope.Kind == ScopeKind.Comprehension && !scope.IsCoroutine) scope = scope.Parent!;
            return scope.IsCoroutine || scope.Kind == ScopeKind.Module && scope.HasTopLevelAwait;
        }
    }

    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension;

    public string QualifiedPrefix { get; set; } = "";
}
