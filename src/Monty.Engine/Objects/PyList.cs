namespace Monty.Engine.Objects;

/// <summary>A mutable list. Items is exposed for builtins that work on it in bulk. Not sealed:
/// instances of user subclasses of list derive from it, so every native accepts them.</summary>
internal class PyList : PyObject
{
    public PyList() => Items = [];

    public PyList(List<PyObject> items) => Items = items;

    public PyList(IEnumerable<PyObject> items) => Items = [.. items];

    public List<PyObject> Items { get; }

    public int Count => Items.Count;

    public override PyType Type => PyTypes.List;
}
