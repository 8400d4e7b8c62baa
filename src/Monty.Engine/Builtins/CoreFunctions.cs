using Monty.Engine.Objects;

namespace Monty.Engine.Builtins;

/// <summary>The builtin functions (len, print, sorted...).</summary>
internal static class CoreFunctions
{
    public static void Register(Dictionary<string, PyObject> table)
    {
        _ = table;
    }
}
