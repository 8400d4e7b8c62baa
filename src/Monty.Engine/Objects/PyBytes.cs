namespace Monty.Engine.Objects;

/// <summary>An immutable bytes value.</summary>
internal sealed class PyBytes(byte[] value) : PyObject
{
    public static readonly PyBytes Empty = new([]);

    public byte[] Value { get; } = value;

    public override PyType Type => PyTypes.Bytes;
}
