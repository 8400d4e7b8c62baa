namespace Monty.Engine.Objects;

/// <summary>set and frozenset share one representation; Frozen decides mutability and type.
/// Values in the table are unused (None).</summary>
internal sealed class PySet : PyObject
{
    public PySet(bool frozen) : this(new HashTable(), frozen) { }

    public PySet(HashTable table, bool frozen)
    {
        Table = table;
        Frozen = frozen;
    }

    public HashTable Table { get; }

    public bool Frozen { get; }

    public int Count => Table.Count;

    public override PyType Type => Frozen ? PyTypes.FrozenSet : PyTypes.Set;

    public bool Add(PyObject item) => Table.Set(item, PySingleton.None);

    public bool Contains(PyObject item) => Table.ContainsKey(item);
}
