namespace Monty.Engine.Snapshots;

/// <summary>Reads and writes one kind of node. A node is stored as two records:
/// the construction record holds what the object's constructor needs (primitives, and references
/// that must already exist, so they point to lower ids), the contents record holds everything
/// else (references anywhere in the graph, which is how cycles are stored). The loader builds all
/// nodes from their construction records, then fills every node from its contents record.</summary>
internal abstract class NodeCodec
{
    public abstract void WriteConstruction(object node, RecordSink sink);

    public abstract void WriteContents(object node, RecordSink sink);

    public abstract object ReadConstruction(GraphReader reader);

    public abstract void ReadContents(object node, GraphReader reader);
}

/// <summary>A codec for nodes of .NET type T.</summary>
internal abstract class NodeCodec<T> : NodeCodec where T : class
{
    public sealed override void WriteConstruction(object node, RecordSink sink) => Construction((T)node, sink);

    public sealed override void WriteContents(object node, RecordSink sink) => Contents((T)node, sink);

    public sealed override object ReadConstruction(GraphReader reader) => Construct(reader);

    public sealed override void ReadContents(object node, GraphReader reader) => Fill((T)node, reader);

    protected abstract void Construction(T node, RecordSink sink);

    protected virtual void Contents(T node, RecordSink sink) { }

    protected abstract T Construct(GraphReader reader);

    protected virtual void Fill(T node, GraphReader reader) { }
}
