using Monty.Engine.Objects;

namespace Monty.Engine.Builtins;

/// <summary>Methods of the builtin Bytes type.</summary>
internal static class BytesMethods
{
    public static void Register(PyType type)
    {
        _ = type;
    }
}
