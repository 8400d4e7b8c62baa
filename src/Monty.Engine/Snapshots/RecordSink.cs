namespace Monty.Engine.Snapshots;

/// <summary>Where a node codec writes a record. The same codec code runs twice: once against a
/// <see cref="DependencyCollector"/> to discover the references a record makes (primitives are
/// ignored), then against a <see cref="ByteSink"/> to write it. So a codec cannot write a
/// reference the graph walk did not see.</summary>
internal abstract class RecordSink(DumpContext context)
{
    public DumpContext Context { get; } = context;

    /// <summary>A reference to another node (null allowed), written as its id or 0.</summary>
    public abstract void Ref(object? node);

    /// <summary>A reference that does not keep its target in the snapshot: written as 0 unless the
    /// target is reachable some other way (an exception's LastFrame).</summary>
    public abstract void WeakRef(object? node);

    public abstract void Byte(byte value);

    public abstract void Bool(bool value);

    public abstract void VarUInt(ulong value);

    public abstract void VarInt(long value);

    public abstract void Double(double value);

    public abstract void String(string value);

    public abstract void ByteArray(ReadOnlySpan<byte> value);

    public void Int(int value) => VarUInt((ulong)value);

    public void OptionalString(string? value)
    {
        Bool(value is not null);
        if (value is not null) String(value);
    }

    public void Strings(string[] values)
    {
        Int(values.Length);
        foreach (var v in values) String(v);
    }

    /// <summary>A count followed by that many references.</summary>
    public void Refs<T>(IReadOnlyList<T?> nodes) where T : class
    {
        Int(nodes.Count);
        for (var i = 0; i < nodes.Count; i++) Ref(nodes[i]);
    }
}

/// <summary>Collects the references of one record; primitives go nowhere.</summary>
internal sealed class DependencyCollector(DumpContext context) : RecordSink(context)
{
    public List<object> Found { get; } = [];

    public override void Ref(object? node)
    {
        if (node is not null) Found.Add(node);
    }

    public override void WeakRef(object? node) { }

    public override void Byte(byte value) { }

    public override void Bool(bool value) { }

    public override void VarUInt(ulong value) { }

    public override void VarInt(long value) { }

    public override void Double(double value) { }

    public override void String(string value) { }

    public override void ByteArray(ReadOnlySpan<byte> value) { }
}

/// <summary>Writes records to the snapshot, turning references into node ids.</summary>
internal sealed class ByteSink(DumpContext context, SnapshotWriter writer, IReadOnlyDictionary<object, int> ids) : RecordSink(context)
{
    public override void Ref(object? node)
    {
        if (node is null)
        {
            writer.VarUInt(0);
            return;
        }
        if (!ids.TryGetValue(node, out var id))
            throw new InvalidOperationException($"Snapshot writer bug: a {node.GetType().Name} was referenced but never visited.");
        writer.VarUInt((ulong)id);
    }

    public override void WeakRef(object? node) =>
        writer.VarUInt(node is not null && ids.TryGetValue(node, out var id) ? (ulong)id : 0);

    public override void Byte(byte value) => writer.Byte(value);

    public override void Bool(bool value) => writer.Bool(value);

    public override void VarUInt(ulong value) => writer.VarUInt(value);

    public override void VarInt(long value) => writer.VarInt(value);

    public override void Double(double value) => writer.Double(value);

    public override void String(string value) => writer.String(value);

    public override void ByteArray(ReadOnlySpan<byte> value) => writer.ByteArray(value);
}
