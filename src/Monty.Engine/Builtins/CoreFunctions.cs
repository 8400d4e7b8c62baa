using Monty.Engine.Objects;

namespace Monty.Engine.Builtins;

/// <summary>The builtin functions (len, print, sorted...), registered by area.</summary>
internal static class CoreFunctions
{
    public static void Register(Dictionary<string, PyObject> table)
    {
        OutputFunctions.Register(table);
        NumericFunctions.Register(table);
        IterationFunctions.Register(table);
        ObjectFunctions.Register(table);
    }
}
