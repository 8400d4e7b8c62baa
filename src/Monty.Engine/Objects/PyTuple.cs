namespace Monty.Engine.Objects;

/// <summary>A tuple. Not sealed: instances of user subclasses (namedtuple) derive from it.</summary>
internal class PyTuple(PyObject[] items) : PyObject
{
    public static readonly PyTuple Empty = new([]);

    public PyObject[] Items { get; } = items;

    public int Count => Items.Length;

    public override PyType Type => PyTypes.Tuple;

    public static PyTuple Of(params PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);
}
