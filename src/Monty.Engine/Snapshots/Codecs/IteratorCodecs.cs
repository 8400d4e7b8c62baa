using Monty.Engine.Objects;

namespace Monty.Engine.Snapshots.Codecs;

/// <summary>Native iterators. What they iterate, and inner iterators, are construction references,
/// which point backwards, so iterator chains (enumerate of zip of ...) cannot loop.</summary>
internal static class IteratorCodecs
{
    public static HashTableIterator.Kind ReadKind(GraphReader reader)
    {
        var kind = reader.Input.Byte("keys/values/items kind");
        return kind <= (byte)HashTableIterator.Kind.Items ? (HashTableIterator.Kind)kind : throw reader.Error($"unknown view kind {kind}");
    }

    public static T OneOf<T>(GraphReader reader, T value, string what, params T[] allowed) where T : class =>
        Array.IndexOf(allowed, value) >= 0 ? value : throw reader.Error($"{what} is not valid here");
}

internal sealed class SequenceIteratorCodec : NodeCodec<SequenceIterator>
{
    protected override void Construction(SequenceIterator node, RecordSink sink)
    {
        sink.Ref(node.Sequence);
        sink.Ref(node.Type);
        sink.Int(node.Index);
    }

    protected override SequenceIterator Construct(GraphReader reader)
    {
        var sequence = reader.Ref<PyObject>("iterated sequence");
        if (sequence is not (PyList or PyTuple or PyStr or PyBytes)) throw reader.Error("sequence iterator over a non-sequence");
        var type = IteratorCodecs.OneOf(reader, reader.Ref<PyType>("iterator type"), "sequence iterator type",
            SequenceIterator.ListIteratorType, SequenceIterator.TupleIteratorType, SequenceIterator.StrIteratorType,
            SequenceIterator.BytesIteratorType, SequenceIterator.ListReverseIteratorType);
        return new SequenceIterator(sequence, type) { Index = reader.Input.Int("iterator index") };
    }
}

internal sealed class ReverseSequenceIteratorCodec : NodeCodec<ReverseSequenceIterator>
{
    protected override void Construction(ReverseSequenceIterator node, RecordSink sink)
    {
        sink.Ref(node.Sequence);
        sink.VarInt(node.Index);
    }

    protected override ReverseSequenceIterator Construct(GraphReader reader)
    {
        var sequence = reader.Ref<PyObject>("iterated sequence");
        if (sequence is not (PyList or PyTuple or PyStr or PyBytes)) throw reader.Error("reverse iterator over a non-sequence");
        return new ReverseSequenceIterator(sequence, reader.Input.SignedInt("iterator index"));
    }
}

internal sealed class RangeIteratorCodec : NodeCodec<RangeIterator>
{
    protected override void Construction(RangeIterator node, RecordSink sink)
    {
        sink.VarInt(node.NextValue);
        sink.VarInt(node.Step);
        sink.VarInt(node.Remaining);
    }

    protected override RangeIterator Construct(GraphReader reader) =>
        new(reader.Input.VarInt("range next"), reader.Input.VarInt("range step"), reader.Input.VarInt("range remaining"));
}

/// <summary>Position counts live entries before it, since the loader rebuilds tables without holes.</summary>
internal sealed class HashTableIteratorCodec : NodeCodec<HashTableIterator>
{
    protected override void Construction(HashTableIterator node, RecordSink sink)
    {
        sink.Ref(node.Table);
        sink.Byte((byte)node.IterKind);
        sink.Ref(node.Type);
        sink.Bool(node.IsSet);
        var live = 0;
        var end = Math.Min(node.Position, node.Table.EntryLimit);
        for (var p = 0; p < end; p++)
            if (node.Table.TryGetEntry(p, out _, out _)) live++;
        sink.Int(live);
        sink.Int(node.ExpectedCount);
    }

    protected override HashTableIterator Construct(GraphReader reader)
    {
        var table = reader.Ref<HashTable>("iterated table");
        var kind = IteratorCodecs.ReadKind(reader);
        var type = IteratorCodecs.OneOf(reader, reader.Ref<PyType>("iterator type"), "hash table iterator type",
            HashTableIterator.DictKeyIteratorType, HashTableIterator.DictValueIteratorType,
            HashTableIterator.DictItemIteratorType, HashTableIterator.SetIteratorType);
        return new HashTableIterator(table, kind, type)
        {
            IsSet = reader.Input.Bool("iterates a set"),
            Position = reader.Input.Int("iterator position"),
            ExpectedCount = reader.Input.Int("expected table size"),
        };
    }
}

internal sealed class EnumerateIteratorCodec : NodeCodec<EnumerateIterator>
{
    protected override void Construction(EnumerateIterator node, RecordSink sink)
    {
        sink.Ref(node.Inner);
        sink.VarInt(node.Count);
    }

    protected override EnumerateIterator Construct(GraphReader reader) =>
        new(reader.Ref<PyIterator>("enumerated iterator"), 0) { Count = reader.Input.VarInt("enumerate count") };
}

internal sealed class ZipIteratorCodec : NodeCodec<ZipIterator>
{
    protected override void Construction(ZipIterator node, RecordSink sink)
    {
        sink.Bool(node.Strict);
        sink.Refs(node.Inners);
    }

    protected override ZipIterator Construct(GraphReader reader)
    {
        var strict = reader.Input.Bool("zip strict");
        return new ZipIterator(reader.Refs<PyIterator>("zipped iterator"), strict);
    }
}
