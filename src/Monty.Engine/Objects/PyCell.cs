namespace Monty.Engine.Objects;

/// <summary>A variable shared between a function and its closures. Null content means unbound.</summary>
internal sealed class PyCell : PyObject
{
    public PyObject? Contents { get; set; }

    public override PyType Type => PyTypes.Cell;
}
