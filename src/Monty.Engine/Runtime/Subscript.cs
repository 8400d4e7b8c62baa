using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>obj[key], obj[key] = value and del obj[key] for builtin types, including slices.</summary>
internal static class Subscript
{
    public static PyObject Get(PyObject o, PyObject key)
    {
        if (o is PyList l && key is PyInt i)
        {
            var idx = i.Value < 0 ? i.Value + l.Count : i.Value;
            if ((ulong)idx < (ulong)l.Count) return l.Items[(int)idx];
            throw PyErrors.IndexError("list index out of range");
        }
        if (o is PyStr s) return StrSlicing.GetStrItem(s, key);
        if (o is PyBytes b) return StrSlicing.GetBytesItem(b, key);
        throw PyErrors.Unsupported("subscript");
    }

    public static void Set(PyObject o, PyObject key, PyObject value) => throw PyErrors.Unsupported("subscript assignment");

    public static void Delete(PyObject o, PyObject key) => throw PyErrors.Unsupported("subscript deletion");
}
