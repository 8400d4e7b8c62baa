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
    private readonly List<NodeTag> _tags = [];
    private readonly Stack<(object Node, NodeTag Tag, List<object> Dependencies, int Next)> _path = new();
    private readonly HashSet<object> _onPath = new(ReferenceEqualityComparer.Instance);
    private static readonly List<object> NoDependencies = [];

    public IReadOnlyDictionary<object, int> Ids => _ids;

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
        var rootTag = context.TagOf(root);
        var rootDependencies = ConstructionDependencies(root, rootTag);
        if (rootDependencies.Count == 0)
        {
            // Most nodes (containers, numbers, strings) need nothing at construction.
            Assign(root, rootTag, pending);
            return;
        }
        _path.Push((root, rootTag, rootDependencies, 0));
        _onPath.Add(root);
        while (_path.Count > 0)
        {
            var (node, tag, dependencies, next) = _path.Pop();
            if (next < dependencies.Count)
            {
                _path.Push((node, tag, dependencies, next + 1));
                var dependency = dependencies[next];
                if (_ids.ContainsKey(dependency)) continue;
                if (!_onPath.Add(dependency))
                {
                    // Construction references mirror creation order, so a cycle here is a bug.
                    throw new InvalidOperationException(
                        $"Cannot snapshot: construction references form a cycle through a {dependency.GetType().Name}.");
                }
                var dependencyTag = context.TagOf(dependency);
                _path.Push((dependency, dependencyTag, ConstructionDependencies(dependency, dependencyTag), 0));
                continue;
            }
            _onPath.Remove(node);
            Assign(node, tag, pending);
        }
    }

    private void Assign(object node, NodeTag tag, Stack<object> pending)
    {
        _order.Add(node);
        _tags.Add(tag);
        _ids[node] = _order.Count;
        _collector.Found.Clear();
        NodeCodecs.For(tag).WriteContents(node, _collector);
        foreach (var reference in _collector.Found)
        {
            if (!_ids.ContainsKey(reference)) pending.Push(reference);
        }
    }

    private List<object> ConstructionDependencies(object node, NodeTag tag)
    {
        _collector.Found.Clear();
        NodeCodecs.For(tag).WriteConstruction(node, _collector);
        return _collector.Found.Count == 0 ? NoDependencies : [.. _collector.Found];
    }

    public void Write(SnapshotWriter writer)
    {
        var sink = new ByteSink(context, writer, _ids);
        writer.VarUInt((ulong)_order.Count);
        for (var i = 0; i < _order.Count; i++)
        {
            writer.Byte((byte)_tags[i]);
            NodeCodecs.For(_tags[i]).WriteConstruction(_order[i], sink);
        }
        for (var i = 0; i < _order.Count; i++) NodeCodecs.For(_tags[i]).WriteContents(_order[i], sink);
    }
}
