namespace Monty.Engine.Objects;

/// <summary>The singletons None, NotImplemented and Ellipsis.</summary>
internal sealed class PySingleton : PyObject
{
    public static readonly PySingleton None = new(PyTypes.NoneType, "None");
    public static readonly PySingleton NotImplemented = new(PyTypes.NotImplementedType, "NotImplemented");
    public static readonly PySingleton Ellipsis = new(PyTypes.Ellipsis, "Ellipsis");

    private readonly PyType _type;

    private PySingleton(PyType type, string name)
    {
        _type = type;
        Name = name;
    }

    public string Name { get; }

    public override PyType Type => _type;
}
