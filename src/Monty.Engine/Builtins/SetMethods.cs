using Monty.Engine.Objects;

namespace Monty.Engine.Builtins;

/// <summary>Methods of set and frozenset.</summary>
internal static class SetMethods
{
    public static void Register(PyType set, PyType frozenSet)
    {
        _ = set;
        _ = frozenSet;
    }
}
