using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>Thrown by native code that must iterate a Python-level iterable (a generator, later a
/// user iterator). The VM materialises the iterable into a list by running Python frames, puts
/// the list where the iterable was, and re-executes the instruction.</summary>
internal sealed class NeedsPythonIteration(PyObject iterable) : Exception("internal: python-level iteration required")
{
    public PyObject Iterable { get; } = iterable;
}
