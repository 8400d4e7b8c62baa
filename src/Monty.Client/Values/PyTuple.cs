using System.Collections;

namespace Monty.Client.Values;

/// <summary>A Python tuple as a .NET value: an immutable list with structural equality, so it can
/// be a dictionary key or a set item as in Python.</summary>
public sealed class PyTuple(IReadOnlyList<object?> items) : IReadOnlyList<object?>, IEquatable<PyTuple>
{
    private readonly object?[] _items = [.. items];

    public PyTuple(params object?[] items) : this((IReadOnlyList<object?>)items)
    {
    }

    public int Count => _items.Length;

    public object? this[int index] => _items[index];

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(PyTuple? other) =>
        other is not null && _items.Length == other._items.Length && _items.SequenceEqual(other._items);

    public override bool Equals(object? obj) => Equals(obj as PyTuple);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items) hash.Add(item);
        return hash.ToHashCode();
    }

    public override string ToString() =>
        "(" + string.Join(", ", _items.Select(i => i?.ToString() ?? "None")) + (_items.Length == 1 ? ",)" : ")");
}
