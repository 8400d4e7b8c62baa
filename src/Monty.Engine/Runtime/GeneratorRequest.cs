using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>Returned by next(), send(), throw() and close() to have the VM resume a generator
/// in place on its frame stack rather than on the .NET stack.</summary>
internal sealed class GeneratorRequest(PyGenerator generator, PyObject value, ResumeMode mode) : PyObject
{
    public PyGenerator Generator { get; } = generator;

    public PyObject Value { get; } = value;

    public ResumeMode Mode { get; } = mode;

    public PyObject? Default { get; init; }

    /// <summary>An exception to raise inside the generator at its current yield (throw/close).</summary>
    public PyBaseException? Throw { get; init; }

    public override PyType Type => PyTypes.Object;
}
