using Monty.Engine.Objects;

namespace Monty.Engine.Builtins;

/// <summary>Methods of the builtin List type.</summary>
internal static class ListMethods
{
    public static void Register(PyType type)
    {
        _ = type;
    }
}
