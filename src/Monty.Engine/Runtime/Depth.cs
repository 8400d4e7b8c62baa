using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>Bounds native recursion over nested data (repr, ==, hash, copies) so that hostile
/// nesting raises RecursionError instead of overflowing the .NET stack.</summary>
internal static class Depth
{
    /// <summary>Deep enough for real data, shallow enough for a 1 MB thread stack.</summary>
    public const int MaxNativeDepth = 900;

    public static void Enter(ref int depth, string what)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (++depth > MaxNativeDepth)
            throw PyErrors.New(ExceptionTypes.RecursionError, $"maximum recursion depth exceeded {what}");
    }
}
