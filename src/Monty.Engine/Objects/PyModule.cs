namespace Monty.Engine.Objects;

/// <summary>An imported engine module: a name and its attributes.</summary>
internal sealed class PyModule(string name) : PyObject
{
    public string Name { get; } = name;

    public Dictionary<string, PyObject> Dict { get; } = new(StringComparer.Ordinal);

    public override PyType Type => PyTypes.Module;
}
