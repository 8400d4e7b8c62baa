using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Hosting;

/// <summary>Converts between engine objects and host values, bounded in depth.</summary>
internal static class ValueConverter
{
    public const int MaxDepth = 200;

    public static MontyValue ToHost(PyObject o) => ToHost(o, 0);

    private static MontyValue ToHost(PyObject o, int depth)
    {
        if (depth > MaxDepth) return new MontyOpaque(o.Type.Name, "...");
        switch (o)
        {
            case PyBool b:
                return MontyValue.From(b.Value != 0);
            case PyInt i:
                return new MontyInt(i.Value);
            case PyBigInt big:
                return new MontyInt(big.Value);
            case PyFloat f:
                return new MontyFloat(f.Value);
            case PyStr s:
                return new MontyStr(s.Value);
            case PyBytes b:
                return new MontyBytes((byte[])b.Value.Clone());
            case PySingleton { Name: "None" }:
                return MontyValue.None;
            case PyList l:
                return new MontyList(ConvertItems(l.Items, depth));
            case PyTuple t:
                return new MontyTuple(ConvertItems(t.Items, depth));
            case PyDict d:
                {
                    var pairs = new List<KeyValuePair<MontyValue, MontyValue>>(d.Count);
                    foreach (var kv in d.Table.Entries()) pairs.Add(new(ToHost(kv.Key, depth + 1), ToHost(kv.Value, depth + 1)));
                    return new MontyDict(pairs);
                }
            case PySet s:
                {
                    var items = new List<MontyValue>(s.Count);
                    foreach (var kv in s.Table.Entries()) items.Add(ToHost(kv.Key, depth + 1));
                    return new MontySet(items, s.Frozen);
                }
            default:
                return new MontyOpaque(o.Type.Name, SafeRepr(o));
        }
    }

    private static List<MontyValue> ConvertItems(IReadOnlyList<PyObject> items, int depth)
    {
        var result = new List<MontyValue>(items.Count);
        foreach (var item in items) result.Add(ToHost(item, depth + 1));
        return result;
    }

    private static string SafeRepr(PyObject o)
    {
        try
        {
            return Repr.Of(o);
        }
        catch (PyException)
        {
            return Repr.ObjectRepr(o);
        }
    }

    public static PyObject FromHost(MontyValue value) => FromHost(value, 0);

    private static PyObject FromHost(MontyValue value, int depth)
    {
        if (depth > MaxDepth) throw new ArgumentException($"Value nesting exceeds {MaxDepth} levels.");
        switch (value)
        {
            case MontyNone:
                return PySingleton.None;
            case MontyBool b:
                return PyBool.Of(b.Value);
            case MontyInt i:
                return PyInt.From(i.Value);
            case MontyFloat f:
                return new PyFloat(f.Value);
            case MontyStr s:
                return PyStr.Of(s.Value);
            case MontyBytes b:
                return new PyBytes((byte[])b.Value.Clone());
            case MontyList l:
                {
                    var items = new List<PyObject>(l.Items.Count);
                    foreach (var item in l.Items) items.Add(FromHost(item, depth + 1));
                    return new PyList(items);
                }
            case MontyTuple t:
                {
                    var items = new PyObject[t.Items.Count];
                    for (var i = 0; i < items.Length; i++) items[i] = FromHost(t.Items[i], depth + 1);
                    return PyTuple.Of(items);
                }
            case MontyDict d:
                {
                    var dict = new PyDict();
                    foreach (var kv in d.Items) dict.Set(Hashable(FromHost(kv.Key, depth + 1)), FromHost(kv.Value, depth + 1));
                    return dict;
                }
            case MontySet s:
                {
                    var set = new PySet(s.Frozen);
                    foreach (var item in s.Items) set.Add(Hashable(FromHost(item, depth + 1)));
                    return set;
                }
            case MontyOpaque o:
                return PyStr.Of(o.Repr);
            default:
                throw new ArgumentException($"Unsupported value {value.GetType().Name}.");
        }
    }

    private static PyObject Hashable(PyObject key)
    {
        try
        {
            Hashing.Hash(key);
            return key;
        }
        catch (PyException e)
        {
            throw new ArgumentException(ExceptionText.Str(e.Value));
        }
    }
}
