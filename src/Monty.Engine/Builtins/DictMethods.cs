using Monty.Engine.Objects;

namespace Monty.Engine.Builtins;

/// <summary>Methods of the builtin Dict type.</summary>
internal static class DictMethods
{
    public static void Register(PyType type)
    {
        _ = type;
    }
}
