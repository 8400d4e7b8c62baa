namespace Monty.Engine.Objects;

/// <summary>An iterator implemented in C#. Next returns null when exhausted. Iterators over
/// Python-level iterables (generators, user classes) are never native: see the prelude.</summary>
internal abstract class PyIterator : PyObject
{
    public abstract PyObject? Next();
}

/// <summary>Iterates a snapshot-free view of a list, tuple or other indexable sequence.</summary>
internal sealed class SequenceIterator(PyObject sequence, PyType type) : PyIterator
{
    private int _index;

    public PyObject Sequence { get; } = sequence;

    public int Index { get => _index; set => _index = value; }

    public override PyType Type { get; } = type;

    public static readonly PyType ListIteratorType = new("list_iterator", PyTypes.Object, isBaseType: false);
    public static readonly PyType TupleIteratorType = new("tuple_iterator", PyTypes.Object, isBaseType: false);
    public static readonly PyType StrIteratorType = new("str_ascii_iterator", PyTypes.Object, isBaseType: false);
    public static readonly PyType BytesIteratorType = new("bytes_iterator", PyTypes.Object, isBaseType: false);
    public static readonly PyType ListReverseIteratorType = new("list_reverseiterator", PyTypes.Object, isBaseType: false);

    public override PyObject? Next()
    {
        switch (Sequence)
        {
            case PyList list:
                return _index < list.Items.Count ? list.Items[_index++] : null;
            case PyTuple tuple:
                return _index < tuple.Items.Length ? tuple.Items[_index++] : null;
            case PyStr str:
                return _index < str.Length ? str.CharAt(_index++) : null;
            case PyBytes bytes:
                return _index < bytes.Value.Length ? PyInt.Get(bytes.Value[_index++]) : null;
            default:
                return null;
        }
    }
}

/// <summary>Iterates a list backwards (reversed(list)).</summary>
internal sealed class ReverseSequenceIterator(PyObject sequence, int start) : PyIterator
{
    public PyObject Sequence { get; } = sequence;

    public int Index { get; set; } = start;

    public override PyType Type => SequenceIterator.ListReverseIteratorType;

    public override PyObject? Next()
    {
        var count = Sequence switch
        {
            PyList l => l.Items.Count,
            PyTuple t => t.Items.Length,
            PyStr s => s.Length,
            PyBytes b => b.Value.Length,
            _ => 0,
        };
        if (Index < 0 || Index >= count)
        {
            Index = -1;
            return null;
        }
        var i = Index--;
        return Sequence switch
        {
            PyList l => l.Items[i],
            PyTuple t => t.Items[i],
            PyStr s => s.CharAt(i),
            PyBytes b => PyInt.Get(b.Value[i]),
            _ => null,
        };
    }
}

internal sealed class RangeIterator(long next, long step, long remaining) : PyIterator
{
    public static readonly PyType IteratorType = new("range_iterator", PyTypes.Object, isBaseType: false);

    public long NextValue { get; set; } = next;

    public long Step { get; } = step;

    public long Remaining { get; set; } = remaining;

    public override PyType Type => IteratorType;

    public override PyObject? Next()
    {
        if (Remaining <= 0) return null;
        Remaining--;
        var v = NextValue;
        NextValue += Step;
        return PyInt.Get(v);
    }
}

/// <summary>Iterates dict keys, values or items, or set members, failing if the table changes size.</summary>
internal sealed class HashTableIterator(HashTable table, HashTableIterator.Kind kind, PyType type) : PyIterator
{
    public enum Kind { Keys, Values, Items }

    public static readonly PyType DictKeyIteratorType = new("dict_keyiterator", PyTypes.Object, isBaseType: false);
    public static readonly PyType DictValueIteratorType = new("dict_valueiterator", PyTypes.Object, isBaseType: false);
    public static readonly PyType DictItemIteratorType = new("dict_itemiterator", PyTypes.Object, isBaseType: false);
    public static readonly PyType SetIteratorType = new("set_iterator", PyTypes.Object, isBaseType: false);

    public HashTable Table { get; } = table;

    /// <summary>The table's size when iteration began; a change raises "changed size during iteration".</summary>
    public int ExpectedCount { get; init; } = table.Count;

    public Kind IterKind { get; } = kind;

    public int Position { get; set; }

    public bool IsSet { get; init; }

    public override PyType Type { get; } = type;

    public override PyObject? Next()
    {
        if (Table.Count != ExpectedCount)
        {
            Position = int.MaxValue;
            throw Runtime.PyErrors.RuntimeError(IsSet ? "Set changed size during iteration" : "dictionary changed size during iteration");
        }
        while (Position < Table.EntryLimit)
        {
            if (Table.TryGetEntry(Position++, out var key, out var value))
            {
                return IterKind switch
                {
                    Kind.Keys => key,
                    Kind.Values => value,
                    _ => new PyTuple([key, value]),
                };
            }
        }
        return null;
    }
}
