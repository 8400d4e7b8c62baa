namespace Monty.Engine.Objects;

internal sealed class PyFloat(double value) : PyObject
{
    public static readonly PyFloat Zero = new(0.0);

    public double Value { get; } = value;

    public override PyType Type => PyTypes.Float;
}
