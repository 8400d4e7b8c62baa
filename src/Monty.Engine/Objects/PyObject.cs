namespace Monty.Engine.Objects;

/// <summary>Base of every Python value. Each value knows its type object; behaviour that
/// user classes can override is dispatched through that type.</summary>
internal abstract class PyObject
{
    public abstract PyType Type { get; }
}
