using Monty.Engine.Objects;

namespace Monty.Engine.Builtins;

/// <summary>Methods of int and float.</summary>
internal static class NumberMethods
{
    public static void Register(PyType intType, PyType floatType)
    {
        _ = intType;
        _ = floatType;
    }
}
