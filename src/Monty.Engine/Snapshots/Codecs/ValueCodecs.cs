using System.Numerics;
using Monty.Engine.Builtins;
using Monty.Engine.Objects;

namespace Monty.Engine.Snapshots.Codecs;

/// <summary>None, NotImplemented, Ellipsis, True, False: identity is preserved by restoring the
/// process-wide object.</summary>
internal sealed class SingletonCodec(PyObject value) : NodeCodec<PyObject>
{
    protected override void Construction(PyObject node, RecordSink sink) { }

    protected override PyObject Construct(GraphReader reader) => value;
}

/// <summary>A 64-bit int; small values come back as the shared cached objects, as at run time.</summary>
internal sealed class IntCodec : NodeCodec<PyInt>
{
    protected override void Construction(PyInt node, RecordSink sink) => sink.VarInt(node.Value);

    protected override PyInt Construct(GraphReader reader) => PyInt.Get(reader.Input.VarInt("int value"));
}

internal sealed class BigIntCodec : NodeCodec<PyBigInt>
{
    protected override void Construction(PyBigInt node, RecordSink sink) => sink.ByteArray(node.Value.ToByteArray());

    protected override PyBigInt Construct(GraphReader reader)
    {
        var bytes = reader.Input.ByteArray("big int bytes");
        var value = new BigInteger(bytes);
        // PyInt and PyBigInt never overlap: code relies on a PyBigInt being outside 64 bits.
        if (value >= long.MinValue && value <= long.MaxValue) throw reader.Error("big int value fits in 64 bits");
        return new PyBigInt(value);
    }
}

internal sealed class FloatCodec : NodeCodec<PyFloat>
{
    protected override void Construction(PyFloat node, RecordSink sink) => sink.Double(node.Value);

    protected override PyFloat Construct(GraphReader reader) => new(reader.Input.Double("float value"));
}

internal sealed class StrCodec : NodeCodec<PyStr>
{
    protected override void Construction(PyStr node, RecordSink sink) => sink.String(node.Value);

    protected override PyStr Construct(GraphReader reader) => PyStr.Of(reader.Input.String("str value"));
}

internal sealed class BytesCodec : NodeCodec<PyBytes>
{
    protected override void Construction(PyBytes node, RecordSink sink) => sink.ByteArray(node.Value);

    protected override PyBytes Construct(GraphReader reader)
    {
        var bytes = reader.Input.ByteArray("bytes value");
        return bytes.Length == 0 ? PyBytes.Empty : new PyBytes(bytes);
    }
}

internal sealed class RangeCodec : NodeCodec<PyRange>
{
    protected override void Construction(PyRange node, RecordSink sink)
    {
        sink.VarInt(node.Start);
        sink.VarInt(node.Stop);
        sink.VarInt(node.Step);
    }

    protected override PyRange Construct(GraphReader reader)
    {
        var start = reader.Input.VarInt("range start");
        var stop = reader.Input.VarInt("range stop");
        var step = reader.Input.VarInt("range step");
        if (step == 0) throw reader.Error("range step is zero");
        return new PyRange(start, stop, step);
    }
}

internal sealed class SliceCodec : NodeCodec<PySlice>
{
    protected override void Construction(PySlice node, RecordSink sink)
    {
        sink.Ref(node.Start);
        sink.Ref(node.Stop);
        sink.Ref(node.Step);
    }

    protected override PySlice Construct(GraphReader reader) =>
        new(reader.Ref<PyObject>("slice start"), reader.Ref<PyObject>("slice stop"), reader.Ref<PyObject>("slice step"));
}

/// <summary>object(): identity only.</summary>
internal sealed class BareObjectCodec : NodeCodec<PyBareObject>
{
    protected override void Construction(PyBareObject node, RecordSink sink) { }

    protected override PyBareObject Construct(GraphReader reader) => new();
}

internal sealed class ModuleStreamCodec : NodeCodec<PyModuleStream>
{
    protected override void Construction(PyModuleStream node, RecordSink sink) => sink.Bool(node.IsError);

    protected override PyModuleStream Construct(GraphReader reader) => new(reader.Input.Bool("stream is stderr"));
}
