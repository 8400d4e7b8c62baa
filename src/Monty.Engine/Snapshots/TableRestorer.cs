using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Snapshots;

/// <summary>Fills every dict and set once all objects are complete. Hashes are recomputed here,
/// not stored, because identity-based hashes (None, functions, object()) differ between processes
/// and tuples inherit them. Tuples and frozensets are hashed from an explicit stack with memoised
/// results, so deeply nested keys cannot overflow the .NET stack.</summary>
internal sealed class TableRestorer(LoadContext context, Func<string, Exception> error)
{
    private readonly Dictionary<PyObject, long> _memo = new(ReferenceEqualityComparer.Instance);

    public void RestoreAll()
    {
        // Tables whose keys hash natively first: a key's Python __hash__ may read attribute dicts,
        // which must be complete by then.
        var deferred = new List<(HashTable, PyObject[], PyObject[])>();
        foreach (var (table, (keys, values)) in context.Tables)
        {
            if (keys.Any(k => !k.Type.IsBuiltin && k is not PyType)) deferred.Add((table, keys, values));
            else Restore(table, keys, values);
        }
        foreach (var (table, keys, values) in deferred) Restore(table, keys, values);
    }

    private void Restore(HashTable table, PyObject[] keys, PyObject[] values)
    {
        var hashes = new long[keys.Length];
        for (var i = 0; i < keys.Length; i++) hashes[i] = Hash(keys[i]);
        table.Restore(keys, hashes, values);
    }

    private long Hash(PyObject key)
    {
        if (!ImmutableGraph.IsComposite(key)) return Leaf(key);
        if (_memo.TryGetValue(key, out var known)) return known;
        // Post-order over (node, next child, running hash); ImmutableGraph rejected cycles already.
        var stack = new Stack<(PyObject Node, IReadOnlyList<PyObject> Children, int Next, ulong Acc)>();
        stack.Push((key, ImmutableGraph.Children(key, context), 0, Seed(key)));
        while (stack.Count > 0)
        {
            var (node, children, next, acc) = stack.Pop();
            if (next < children.Count)
            {
                var child = children[next];
                long childHash;
                if (!ImmutableGraph.IsComposite(child)) childHash = Leaf(child);
                else if (!_memo.TryGetValue(child, out childHash))
                {
                    stack.Push((node, children, next, acc));
                    stack.Push((child, ImmutableGraph.Children(child, context), 0, Seed(child)));
                    continue;
                }
                stack.Push((node, children, next + 1, Step(node, acc, childHash)));
                continue;
            }
            _memo[node] = node is PyTuple
                ? Hashing.TupleHashFinish(acc, children.Count)
                : Hashing.FrozenSetHashFinish(acc, children.Count);
        }
        return _memo[key];
    }

    private static ulong Seed(PyObject o) => o is PyTuple ? Hashing.TupleHashSeed : 0;

    private static ulong Step(PyObject o, ulong acc, long childHash) =>
        o is PyTuple ? Hashing.TupleHashStep(acc, childHash) : Hashing.FrozenSetHashStep(acc, childHash);

    private VirtualMachine? _hasher;

    private long Leaf(PyObject o)
    {
        try
        {
            if (o.Type.IsBuiltin || o is PyType) return Hashing.Hash(o);
            // A key whose __hash__ is Python code: run it, bounded like a short script.
            _hasher ??= context.Vm ?? new VirtualMachine(
                new Limits.ResourceTracker(ResourceLimits.SafeDefaults with { MaxDuration = TimeSpan.FromSeconds(1) }), NullOutput.Instance);
            return _hasher.RunDetached(() => Hashing.Hash(o));
        }
        catch (PyException)
        {
            throw error($"a {o.Type.Name} is used as a dict key or set member but is unhashable");
        }
    }
}
