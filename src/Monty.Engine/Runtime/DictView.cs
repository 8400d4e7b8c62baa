using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>dict.keys(), dict.values() and dict.items(): live views over a dict.</summary>
internal sealed class DictView(PyDict dict, HashTableIterator.Kind kind) : PyObject
{
    public PyDict Dict { get; } = dict;

    public HashTableIterator.Kind Kind { get; } = kind;

    public override PyType Type => Kind switch
    {
        HashTableIterator.Kind.Keys => PyTypes.DictKeys,
        HashTableIterator.Kind.Values => PyTypes.DictValues,
        _ => PyTypes.DictItems,
    };

    public PyIterator Iterate() => new HashTableIterator(Dict.Table, Kind, Kind switch
    {
        HashTableIterator.Kind.Keys => HashTableIterator.DictKeyIteratorType,
        HashTableIterator.Kind.Values => HashTableIterator.DictValueIteratorType,
        _ => HashTableIterator.DictItemIteratorType,
    });
}
