using Monty.Engine.Objects;

namespace Monty.Engine.Snapshots;

/// <summary>Tuples and frozensets cannot contain themselves at run time, and native hashing
/// relies on it. Snapshots build tuples before filling them, so a crafted one could; this walk
/// (explicit stack, three colours) rejects it. Also hands out their children for hashing.</summary>
internal static class ImmutableGraph
{
    public static bool IsComposite(PyObject o) => o is PyTuple { Count: > 0 } or PySet { Frozen: true };

    public static IReadOnlyList<PyObject> Children(PyObject o, LoadContext context) => o switch
    {
        PyTuple t => t.Items,
        PySet s => context.Tables.TryGetValue(s.Table, out var entries) ? entries.Keys : [.. s.Table.Entries().Select(kv => kv.Key)],
        _ => [],
    };

    public static void CheckAcyclic(LoadContext context, Func<string, Exception> error)
    {
        var state = new Dictionary<PyObject, bool>(ReferenceEqualityComparer.Instance); // false: on path, true: done
        var path = new Stack<(PyObject Node, int Next)>();
        foreach (var root in context.Tuples.Cast<PyObject>().Concat(context.FrozenSets))
        {
            if (state.ContainsKey(root)) continue;
            state[root] = false;
            path.Push((root, 0));
            while (path.Count > 0)
            {
                var (node, next) = path.Pop();
                var children = Children(node, context);
                if (next == children.Count)
                {
                    state[node] = true;
                    continue;
                }
                path.Push((node, next + 1));
                var child = children[next];
                if (!IsComposite(child)) continue;
                if (state.TryGetValue(child, out var done))
                {
                    if (!done) throw error($"a {child.Type.Name} contains itself");
                    continue;
                }
                state[child] = false;
                path.Push((child, 0));
            }
        }
    }
}
