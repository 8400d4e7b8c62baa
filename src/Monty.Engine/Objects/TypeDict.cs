using System.Diagnostics.CodeAnalysis;

namespace Monty.Engine.Objects;

/// <summary>A type's attribute namespace. Every write bumps <see cref="Version"/>, a process-wide
/// counter that the per-type lookup caches compare against, so no mutation path can leave a
/// cached method, hook or construction plan stale.</summary>
internal sealed class TypeDict : IReadOnlyDictionary<string, PyObject>
{
    private static int s_version;

    private readonly Dictionary<string, PyObject> _items = new(StringComparer.Ordinal);

    /// <summary>Changes whenever any type's namespace (or MRO) changes.</summary>
    public static int Version => Volatile.Read(ref s_version);

    /// <summary>Invalidates every cache built from type namespaces.</summary>
    public static void Invalidate() => Interlocked.Increment(ref s_version);

    public PyObject this[string key]
    {
        get => _items[key];
        set
        {
            _items[key] = value;
            Invalidate();
        }
    }

    public int Count => _items.Count;

    public IEnumerable<string> Keys => _items.Keys;

    public IEnumerable<PyObject> Values => _items.Values;

    public bool ContainsKey(string key) => _items.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out PyObject value) => _items.TryGetValue(key, out value);

    public bool Remove(string key)
    {
        Invalidate();
        return _items.Remove(key);
    }

    public bool Remove(string key, [MaybeNullWhen(false)] out PyObject value)
    {
        Invalidate();
        return _items.Remove(key, out value);
    }

    public Dictionary<string, PyObject>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<KeyValuePair<string, PyObject>> IEnumerable<KeyValuePair<string, PyObject>>.GetEnumerator() => _items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
