using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>Python-level helpers that builtins hand work to through a <see cref="TailCall"/>
/// when they would need to call Python code (C# never runs Python frames itself).</summary>
internal static class PreludeFunctions
{
    /// <summary>__sort_with_key(list, key, reverse): computes keys in Python, then sorts natively.</summary>
    public static PyObject? SortWithKey => VirtualMachine.CurrentOrNull?.Prelude.Get("__sort_with_key");
}
