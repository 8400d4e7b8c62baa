namespace Monty.Engine.Objects;

/// <summary>An instance of a user class whose nearest builtin base is object. Attributes live in
/// a real dict, so <c>obj.__dict__</c> is the storage itself (updates write through).</summary>
internal sealed class PyInstance(PyType cls) : PyObject
{
    public PyType Class { get; set; } = cls;

    /// <summary>The instance namespace; null for classes whose __slots__ leave out __dict__.</summary>
    public PyDict? Dict { get; set; } = cls.InstancesHaveDict ? new PyDict() : null;

    /// <summary>Values of declared __slots__ when the class has no instance dict.</summary>
    public Dictionary<string, PyObject>? Slots { get; set; }

    public override PyType Type => Class;
}
