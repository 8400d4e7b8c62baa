using Monty.Engine.Objects;

namespace Monty.Engine.Snapshots.Codecs;

/// <summary>Engine-module objects (re.Pattern, functools.partial...) as a kind and plain values.</summary>
internal sealed class NativeStateCodec : NodeCodec<PyObject>
{
    // The writer visits a record twice (dependencies, then bytes): both passes must see the same
    // state objects, so each object's state is computed once.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, PyObject[]> States = [];

    protected override void Construction(PyObject node, RecordSink sink)
    {
        var native = (ISnapshotState)node;
        sink.String(native.SnapshotKind);
        sink.Refs<PyObject>(States.GetValue(node, n => ((ISnapshotState)n).SnapshotState()));
    }

    protected override PyObject Construct(GraphReader reader)
    {
        var kind = reader.Input.String("native kind");
        var state = reader.Refs<PyObject>("native state");
        return Modules.NativeSnapshots.Rebuild(kind, state) ?? throw reader.Error($"cannot rebuild a native '{kind}' from its snapshot");
    }
}
