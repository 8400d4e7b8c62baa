namespace Monty.Engine.Snapshots;

/// <summary>Numbers the reachable nodes and writes their records. The walk uses explicit stacks
/// (a script can nest a list a million deep, and contents references only queue work) and numbers
/// a node only after everything its construction record refers to, so construction references
/// always point to lower ids.</summary>
internal sealed class GraphWriter(DumpContext context)
{
    private readonly Dictionary<object, int> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly List<object> _order = [];
    private readonly DependencyCollector _collector = new(context);

    public IReadOnlyDictionary<object, int> Ids => _ids;

    public int Count => _order.Count;

    public void Visit(IEnumerable<object?> roots)
    {
        var pending = new Stack<object>();
        foreach (var root in roots)
        {
            if (root is not null) pending.Push(root);
        }
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!_ids.ContainsKey(node)) Number(node, pending);
        }
    }

    /// <summary>Numbers a node after its construction dependencies (depth first, on an explicit
    /// stack); contents references of each numbered node go to pending.</summary>
    private void Number(object root, Stack<object> pending)
    {
        var path = new Stack<(object Node, List<object> Dependencies, int Next)>();
        var onPath = new HashSet<object>(ReferenceEqualityComparer.Instance);
        path.Push((root, ConstructionDependencies(root), 0));
        onPath.Add(root);
        while (path.Count > 0)
        {
            var (node, dependencies, next) = path.Pop();
            if (next < dependencies.Count)
            {
                path.Push((node, dependencies, next + 1));
                var dependency = dependencies[next];
                if (_ids.ContainsKey(dependency)) continue;
                if (!onPath.Add(dependency))
                {
                    // Construction references mirror creation order, so a cycle here is a bug.
                    throw new InvalidOperationException(
                        $"Cannot snapshot: construction references form a cycle through a {dependency.GetType().Name}.");
                }
                path.Push((dependency, ConstructionDependencies(dependency), 0));
                continue;
            }
            onPath.Remove(node);
            _order.Add(node);
            _ids[node] = _order.Count;
            _collector.Found.Clear();
            NodeCodecs.For(context.TagOf(node)).WriteContents(node, _collector);
            foreach (var reference in _collector.Found)
            {
                if (!_ids.ContainsKey(reference)) pending.Push(reference);
            }
        }
    }

    private List<object> ConstructionDependencies(object node)
    {
        _collector.Found.Clear();
        NodeCodecs.For(context.TagOf(node)).WriteConstruction(node, _collector);
        return [.. _collector.Found];
    }

    public void Write(SnapshotWriter writer)
    {
        var sink = new ByteSink(context, writer, _ids);
        writer.VarUInt((ulong)_order.Count);
        foreach (var node in _order)
        {
            var tag = context.TagOf(node);
            writer.Byte((byte)tag);
            NodeCodecs.For(tag).WriteConstruction(node, sink);
        }
        foreach (var node in _order) NodeCodecs.For(context.TagOf(node)).WriteContents(node, sink);
    }
}
