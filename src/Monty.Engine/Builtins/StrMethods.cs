using Monty.Engine.Objects;

namespace Monty.Engine.Builtins;

/// <summary>Methods of the builtin Str type.</summary>
internal static class StrMethods
{
    public static void Register(PyType type)
    {
        _ = type;
    }
}
