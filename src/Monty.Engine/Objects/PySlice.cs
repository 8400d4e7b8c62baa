namespace Monty.Engine.Objects;

internal sealed class PySlice(PyObject start, PyObject stop, PyObject step) : PyObject
{
    public PyObject Start { get; } = start;

    public PyObject Stop { get; } = stop;

    public PyObject Step { get; } = step;

    public override PyType Type => PyTypes.Slice;
}
