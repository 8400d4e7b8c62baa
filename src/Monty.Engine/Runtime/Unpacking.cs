using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>Target unpacking: a, b = x and a, *b, c = x.</summary>
internal static class Unpacking
{
    public static IReadOnlyList<PyObject> Exact(PyObject value, int count)
    {
        var items = Items(value);
        if (items.Count == count) return items;
        if (items.Count < count)
            throw PyErrors.ValueError($"not enough values to unpack (expected {count}, got {items.Count})");
        throw PyErrors.ValueError($"too many values to unpack (expected {count})");
    }

    /// <summary>Returns before items, the starred list, then after items.</summary>
    public static PyObject[] Starred(PyObject value, int before, int after)
    {
        var items = Items(value);
        if (items.Count < before + after)
            throw PyErrors.ValueError($"not enough values to unpack (expected at least {before + after}, got {items.Count})");
        var result = new PyObject[before + after + 1];
        for (var i = 0; i < before; i++) result[i] = items[i];
        var middle = new List<PyObject>(items.Count - before - after);
        for (var i = before; i < items.Count - after; i++) middle.Add(items[i]);
        result[before] = new PyList(middle);
        for (var i = 0; i < after; i++) result[before + 1 + i] = items[items.Count - after + i];
        return result;
    }

    private static IReadOnlyList<PyObject> Items(PyObject value)
    {
        if (value is PyTuple t) return t.Items;
        if (value is PyList l) return l.Items;
        if (!Iteration.IsNative(value) && value is not PyGenerator && !Iteration.IsIterableByProtocol(value))
            throw PyErrors.TypeError($"cannot unpack non-iterable {value.Type.Name} object");
        return Iteration.ToList(value);
    }
}
