using Monty.Engine.Objects;

namespace Monty.Engine.Builtins;

/// <summary>Methods of the builtin Tuple type.</summary>
internal static class TupleMethods
{
    public static void Register(PyType type)
    {
        _ = type;
    }
}
