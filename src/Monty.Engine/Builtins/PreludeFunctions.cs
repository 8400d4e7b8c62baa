using Monty.Engine.Objects;

namespace Monty.Engine.Builtins;

/// <summary>Python-level helpers that builtins hand work to through a <see cref="TailCall"/>
/// when they would need to call Python code (C# never runs Python frames itself). The VM
/// points these at functions of the Python prelude when it starts.</summary>
internal static class PreludeFunctions
{
    /// <summary>sort_with_key(list, key, reverse): list.sort with a key function. Suggested
    /// prelude body: compute keys = [key(x) for x in list] and call the native
    /// <see cref="ListMethods.SortByKeys"/> helper with (list, keys, reverse).</summary>
    public static PyObject? SortWithKey { get; set; }
}
