using Monty.Engine.Runtime;

namespace Monty.Engine.Objects;

/// <summary>Insertion-ordered hash table shared by dict and set: a dense entry array in
/// insertion order plus an open-addressing index, like CPython's compact dict. Keys use
/// Python equality (1, 1.0 and True are one key).</summary>
internal sealed class HashTable
{
    private const int Empty = -1;
    private const int Deleted = -2;

    private int[] _index = [Empty, Empty, Empty, Empty, Empty, Empty, Empty, Empty];
    private long[] _hashes = new long[5];
    private PyObject?[] _keys = new PyObject?[5];
    private PyObject?[] _values = new PyObject?[5];
    private int _used;     // entries written, including deleted holes
    private int _count;    // live entries

    public int Count => _count;

    /// <summary>Bumped on every insertion or removal so iterators can detect mutation.</summary>
    public int Version { get; private set; }

    /// <summary>Upper bound (exclusive) of entry positions, for iteration with <see cref="TryGetEntry"/>.</summary>
    public int EntryLimit => _used;

    public bool TryGetEntry(int position, out PyObject key, out PyObject value)
    {
        var k = _keys[position];
        if (k is null)
        {
            key = value = null!;
            return false;
        }
        key = k;
        value = _values[position]!;
        return true;
    }

    public PyObject? Get(PyObject key)
    {
        var pos = Find(key, Hashing.Hash(key));
        return pos >= 0 ? _values[pos] : null;
    }

    public PyObject? Get(PyObject key, long hash)
    {
        var pos = Find(key, hash);
        return pos >= 0 ? _values[pos] : null;
    }

    public bool ContainsKey(PyObject key) => Find(key, Hashing.Hash(key)) >= 0;

    /// <summary>Inserts or replaces; returns true when the key was new.</summary>
    public bool Set(PyObject key, PyObject value) => Set(key, Hashing.Hash(key), value);

    public bool Set(PyObject key, long hash, PyObject value)
    {
        var slot = FindSlot(key, hash, out var found);
        if (found >= 0)
        {
            _values[found] = value;
            return false;
        }
        if (_used == _keys.Length)
        {
            Grow();
            slot = FindSlot(key, hash, out _);
        }
        var pos = _used++;
        _hashes[pos] = hash;
        _keys[pos] = key;
        _values[pos] = value;
        _index[slot] = pos;
        _count++;
        Version++;
        if (_count * 3 >= _index.Length * 2) Rehash(_index.Length * 2);
        return true;
    }

    /// <summary>Removes a key; returns its value or null when absent.</summary>
    public PyObject? Remove(PyObject key)
    {
        var hash = Hashing.Hash(key);
        var mask = _index.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var e = _index[i];
            if (e == Empty) return null;
            if (e >= 0 && _hashes[e] == hash && Equality.KeyEquals(_keys[e]!, key))
            {
                var old = _values[e];
                _index[i] = Deleted;
                _keys[e] = null;
                _values[e] = null;
                _count--;
                Version++;
                return old;
            }
            perturb >>= 5;
            i = (int)((5UL * (ulong)i + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Removes and returns the last inserted entry (dict.popitem / set.pop order).</summary>
    public bool PopLast(out PyObject key, out PyObject value)
    {
        for (var pos = _used - 1; pos >= 0; pos--)
        {
            if (_keys[pos] is not { } k) continue;
            key = k;
            value = _values[pos]!;
            Remove(k);
            return true;
        }
        key = value = null!;
        return false;
    }

    /// <summary>Removes and returns the first live entry (set.pop takes the first).</summary>
    public bool PopFirst(out PyObject key, out PyObject value)
    {
        for (var pos = 0; pos < _used; pos++)
        {
            if (_keys[pos] is not { } k) continue;
            key = k;
            value = _values[pos]!;
            Remove(k);
            return true;
        }
        key = value = null!;
        return false;
    }

    public void Clear()
    {
        _index = [Empty, Empty, Empty, Empty, Empty, Empty, Empty, Empty];
        _hashes = new long[5];
        _keys = new PyObject?[5];
        _values = new PyObject?[5];
        _used = 0;
        _count = 0;
        Version++;
    }

    /// <summary>Fills an empty table from a snapshot in one step, in the given order. The keys are
    /// trusted to be distinct: no equality is called, since it could see half-restored objects.</summary>
    public void Restore(PyObject[] keys, long[] hashes, PyObject[] values)
    {
        var n = keys.Length;
        var capacity = Math.Max(5, n);
        _keys = new PyObject?[capacity];
        _hashes = new long[capacity];
        _values = new PyObject?[capacity];
        keys.CopyTo(_keys, 0);
        hashes.CopyTo(_hashes, 0);
        values.CopyTo(_values, 0);
        _used = n;
        _count = n;
        Version++;
        Rehash(NextIndexSize(n + 1), capacity);
    }

    public HashTable Copy()
    {
        var copy = new HashTable();
        copy.Rehash(_index.Length);
        for (var pos = 0; pos < _used; pos++)
            if (_keys[pos] is { } k) copy.Set(k, _hashes[pos], _values[pos]!);
        return copy;
    }

    public IEnumerable<KeyValuePair<PyObject, PyObject>> Entries()
    {
        var version = Version;
        for (var pos = 0; pos < _used; pos++)
        {
            if (version != Version) throw new InvalidOperationException("Hash table changed during iteration.");
            if (_keys[pos] is { } k) yield return new(k, _values[pos]!);
        }
    }

    /// <summary>Looks up a str key given as a .NET string without allocating a str object
    /// (attribute dicts of instances are read this way on every attribute access).</summary>
    public PyObject? GetStr(string key)
    {
        if (_count == 0) return null;
        var hash = PyStr.HashOf(key);
        var mask = _index.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var e = _index[i];
            if (e == Empty) return null;
            if (e != Deleted && _hashes[e] == hash && _keys[e] is PyStr s && s.Value == key) return _values[e];
            perturb >>= 5;
            i = (int)((5UL * (ulong)i + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Replaces the value of an existing str key in place; false when the key is absent.</summary>
    public bool TryReplaceStr(string key, PyObject value)
    {
        if (_count == 0) return false;
        var hash = PyStr.HashOf(key);
        var mask = _index.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var e = _index[i];
            if (e == Empty) return false;
            if (e != Deleted && _hashes[e] == hash && _keys[e] is PyStr s && s.Value == key)
            {
                _values[e] = value;
                return true;
            }
            perturb >>= 5;
            i = (int)((5UL * (ulong)i + 1 + perturb) & (ulong)mask);
        }
    }

    private int Find(PyObject key, long hash)
    {
        FindSlot(key, hash, out var found);
        return found;
    }

    /// <summary>Probes for key; returns the slot where it would be inserted and the entry if found.</summary>
    private int FindSlot(PyObject key, long hash, out int found)
    {
        var mask = _index.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        var firstDeleted = -1;
        while (true)
        {
            var e = _index[i];
            if (e == Empty)
            {
                found = -1;
                return firstDeleted >= 0 ? firstDeleted : i;
            }
            if (e == Deleted)
            {
                if (firstDeleted < 0) firstDeleted = i;
            }
            else if (_hashes[e] == hash && (ReferenceEquals(_keys[e], key) || Equality.KeyEquals(_keys[e]!, key)))
            {
                found = e;
                return i;
            }
            perturb >>= 5;
            i = (int)((5UL * (ulong)i + 1 + perturb) & (ulong)mask);
        }
    }

    private void Grow()
    {
        // Compact out deleted entries first; grow the arrays only if that frees nothing.
        var capacity = _count + 1 > _keys.Length * 3 / 4 ? _keys.Length * 2 : _keys.Length;
        Rehash(Math.Max(_index.Length, NextIndexSize(capacity)), capacity);
    }

    private static int NextIndexSize(int entries)
    {
        var size = 8;
        while (size * 2 < entries * 3) size *= 2;
        return size;
    }

    private void Rehash(int indexSize, int capacity = -1)
    {
        if (capacity < 0) capacity = Math.Max(_keys.Length, indexSize * 2 / 3);
        var hashes = new long[capacity];
        var keys = new PyObject?[capacity];
        var values = new PyObject?[capacity];
        var index = new int[indexSize];
        Array.Fill(index, Empty);
        var mask = indexSize - 1;
        var n = 0;
        for (var pos = 0; pos < _used; pos++)
        {
            if (_keys[pos] is not { } k) continue;
            var hash = _hashes[pos];
            hashes[n] = hash;
            keys[n] = k;
            values[n] = _values[pos];
            var perturb = (ulong)hash;
            var i = (int)((ulong)hash & (ulong)mask);
            while (index[i] != Empty)
            {
                perturb >>= 5;
                i = (int)((5UL * (ulong)i + 1 + perturb) & (ulong)mask);
            }
            index[i] = n++;
        }
        _hashes = hashes;
        _keys = keys;
        _values = values;
        _index = index;
        _used = n;
    }
}
