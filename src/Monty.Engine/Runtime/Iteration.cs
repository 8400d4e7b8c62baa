using Monty.Engine.Limits;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>iter() and bulk iteration of builtin iterables from C#.</summary>
internal static class Iteration
{
    /// <summary>iter(o): a native iterator, a generator, or a TypeError.</summary>
    public static PyObject GetIter(PyObject o) => o switch
    {
        PyList l => new SequenceIterator(l, SequenceIterator.ListIteratorType),
        PyTuple t => new SequenceIterator(t, SequenceIterator.TupleIteratorType),
        PyStr s => new SequenceIterator(s, SequenceIterator.StrIteratorType),
        PyRange r => new RangeIterator(r.Start, r.Step, r.Length),
        PyDict d => new HashTableIterator(d.Table, HashTableIterator.Kind.Keys, HashTableIterator.DictKeyIteratorType),
        PySet s => new HashTableIterator(s.Table, HashTableIterator.Kind.Keys, HashTableIterator.SetIteratorType) { IsSet = true },
        PyBytes b => new SequenceIterator(b, SequenceIterator.BytesIteratorType),
        PyIterator or PyGenerator { Kind: GeneratorKind.Generator } => o,
        DictView v => v.Iterate(),
        _ => throw NotIterable(o),
    };

    public static PyException NotIterable(PyObject o) => PyErrors.TypeError($"'{o.Type.Name}' object is not iterable");

    /// <summary>True for values that C# can iterate without running Python code.</summary>
    public static bool IsNative(PyObject o) => o is PyList or PyTuple or PyStr or PyRange or PyDict or PySet or PyBytes or PyIterator or DictView;

    /// <summary>Iterates a builtin iterable; throws <see cref="NeedsPythonIteration"/> for generators.</summary>
    public static IEnumerable<PyObject> Enumerate(PyObject o)
    {
        switch (o)
        {
            case PyList l:
                return EnumerateList(l);
            case PyTuple t:
                return t.Items;
            case PyGenerator:
                throw new NeedsPythonIteration(o);
            default:
                if (!IsNative(o)) throw IsIterableByProtocol(o) ? new NeedsPythonIteration(o) : NotIterable(o);
                return EnumerateIterator((PyObject)GetIter(o));
        }
    }

    /// <summary>Objects of user classes that define __iter__ (or the old __getitem__ protocol).</summary>
    public static bool IsIterableByProtocol(PyObject o) =>
        o.Type.Lookup("__iter__") is not null || UserProtocol.IsUser(o) && o.Type.LookupUserSpecial("__getitem__") is not null;

    private static IEnumerable<PyObject> EnumerateList(PyList l)
    {
        // Index-based so appends during iteration behave as in Python.
        for (var i = 0; i < l.Items.Count; i++) yield return l.Items[i];
    }

    private static IEnumerable<PyObject> EnumerateIterator(PyObject it)
    {
        var iterator = (PyIterator)it;
        while (iterator.Next() is { } item) yield return item;
    }

    /// <summary>Collects a builtin iterable into a new list, charging the budget as it grows.</summary>
    public static List<PyObject> ToList(PyObject o)
    {
        switch (o)
        {
            case PyList l:
                Budget.ChargeContainer(l.Count);
                return [.. l.Items];
            case PyTuple t:
                Budget.ChargeContainer(t.Count);
                return [.. t.Items];
        }
        var list = new List<PyObject>();
        foreach (var item in Enumerate(o))
        {
            list.Add(item);
            if ((list.Count & 1023) == 0) Budget.ChargeContainer(1024);
        }
        Budget.ChargeContainer(list.Count & 1023);
        return list;
    }

    /// <summary>The items of a list or tuple without copying; other iterables are collected.</summary>
    public static IReadOnlyList<PyObject> AsReadOnlyList(PyObject o) => o switch
    {
        PyList l => l.Items,
        PyTuple t => t.Items,
        _ => ToList(o),
    };
}
