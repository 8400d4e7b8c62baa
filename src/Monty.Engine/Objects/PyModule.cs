namespace Monty.Engine.Objects;

/// <summary>An imported engine module: a name and its attributes.</summary>
internal sealed class PyModule(string name) : PyObject
{
    public string Name { get; } = name;

    public Dictionary<string, PyObject> Dict { get; } = new(StringComparer.Ordinal);

    /// <summary>For modules written in Python: the namespace their functions run in, which
    /// snapshot loading updates together with <see cref="Dict"/>.</summary>
    public Runtime.ModuleNamespace? Namespace { get; init; }

    public override PyType Type => PyTypes.Module;
}
