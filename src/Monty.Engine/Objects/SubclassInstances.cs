namespace Monty.Engine.Objects;

/// <summary>An instance of a user class derived from a builtin container: it is that container
/// (natives accept it as one) and also has a class and an attribute dict.</summary>
internal interface ISubclassInstance
{
    PyType Class { get; }

    /// <summary>Settable so that a snapshot restores the very dict it recorded (filled after this instance).</summary>
    PyDict Attributes { get; set; }
}

internal sealed class PyListInstance(PyType cls) : PyList, ISubclassInstance
{
    public PyType Class { get; } = cls;

    public PyDict Attributes { get; set; } = new();

    public override PyType Type => Class;
}

internal sealed class PyDictInstance(PyType cls, HashTable table) : PyDict(table), ISubclassInstance
{
    public PyDictInstance(PyType cls) : this(cls, new HashTable()) { }

    public PyType Class { get; } = cls;

    public PyDict Attributes { get; set; } = new();

    public override PyType Type => Class;
}

internal sealed class PyTupleInstance(PyType cls, PyObject[] items) : PyTuple(items), ISubclassInstance
{
    public PyType Class { get; } = cls;

    public PyDict Attributes { get; set; } = new();

    public override PyType Type => Class;
}
