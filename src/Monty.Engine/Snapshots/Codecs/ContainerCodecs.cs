using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Snapshots.Codecs;

internal sealed class ListCodec : NodeCodec<PyList>
{
    protected override void Construction(PyList node, RecordSink sink) { }

    protected override void Contents(PyList node, RecordSink sink) => sink.Refs(node.Items);

    protected override PyList Construct(GraphReader reader) => new();

    protected override void Fill(PyList node, GraphReader reader) => node.Items.AddRange(reader.Refs<PyObject>("list item"));
}

/// <summary>Tuples are built empty and filled afterwards, so a tuple may hold a list that holds
/// the tuple. A tuple that (through tuples and frozensets only) contains itself is rejected later:
/// native hashing and comparison assume immutable values are acyclic.</summary>
internal sealed class TupleCodec : NodeCodec<PyTuple>
{
    protected override void Construction(PyTuple node, RecordSink sink) => sink.Int(node.Count);

    protected override void Contents(PyTuple node, RecordSink sink)
    {
        foreach (var item in node.Items) sink.Ref(item);
    }

    protected override PyTuple Construct(GraphReader reader)
    {
        var count = reader.Input.Count("tuple length");
        if (count == 0) return PyTuple.Empty;
        var tuple = new PyTuple(new PyObject[count]);
        reader.Context.Tuples.Add(tuple);
        return tuple;
    }

    protected override void Fill(PyTuple node, GraphReader reader)
    {
        for (var i = 0; i < node.Items.Length; i++) node.Items[i] = reader.Ref<PyObject>("tuple item");
    }
}

/// <summary>A dict or set: its hash table is a node of its own, because iterators share it.</summary>
internal sealed class DictCodec : NodeCodec<PyDict>
{
    protected override void Construction(PyDict node, RecordSink sink) => sink.Ref(node.Table);

    protected override PyDict Construct(GraphReader reader) => new(reader.Ref<HashTable>("dict table"));
}

internal sealed class SetCodec(bool frozen) : NodeCodec<PySet>
{
    protected override void Construction(PySet node, RecordSink sink) => sink.Ref(node.Table);

    protected override PySet Construct(GraphReader reader)
    {
        var set = new PySet(reader.Ref<HashTable>("set table"), frozen);
        if (frozen) reader.Context.FrozenSets.Add(set);
        return set;
    }
}

/// <summary>Live entries in insertion order. Hashes are not stored: identity hashes differ between
/// processes, so the loader recomputes them once every key is complete (see TableRestorer).</summary>
internal sealed class HashTableCodec : NodeCodec<HashTable>
{
    protected override void Construction(HashTable node, RecordSink sink) { }

    protected override void Contents(HashTable node, RecordSink sink)
    {
        sink.Int(node.Count);
        foreach (var kv in node.Entries())
        {
            sink.Ref(kv.Key);
            sink.Ref(kv.Value);
        }
    }

    protected override HashTable Construct(GraphReader reader) => new();

    protected override void Fill(HashTable node, GraphReader reader)
    {
        var count = reader.Input.Count("hash table size", 2);
        var keys = new PyObject[count];
        var values = new PyObject[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = reader.Ref<PyObject>("hash table key");
            values[i] = reader.Ref<PyObject>("hash table value");
        }
        reader.Context.Tables[node] = (keys, values);
    }
}

internal sealed class DictViewCodec : NodeCodec<DictView>
{
    protected override void Construction(DictView node, RecordSink sink)
    {
        sink.Ref(node.Dict);
        sink.Byte((byte)node.Kind);
    }

    protected override DictView Construct(GraphReader reader) =>
        new(reader.Ref<PyDict>("view dict"), IteratorCodecs.ReadKind(reader));
}
