namespace Monty.Engine.Objects;

/// <summary>A dict: insertion-ordered, Python key equality. Not sealed: instances of user
/// subclasses of dict (Counter, defaultdict...) derive from it, so every native accepts them.</summary>
internal class PyDict : PyObject
{
    public PyDict() => Table = new HashTable();

    public PyDict(HashTable table) => Table = table;

    public HashTable Table { get; }

    public int Count => Table.Count;

    public override PyType Type => PyTypes.Dict;

    public PyObject? Get(PyObject key) => Table.Get(key);

    public void Set(PyObject key, PyObject value) => Table.Set(key, value);

    public PyObject? GetStr(string key) => Table.GetStr(key);

    public void SetStr(string key, PyObject value)
    {
        if (!Table.TryReplaceStr(key, value)) Table.Set(PyStr.Of(key), value);
    }
}
