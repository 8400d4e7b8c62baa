namespace Monty.Engine.Snapshots;

/// <summary>Rebuilds the node table: every construction record in id order (references must point
/// to nodes already built), then every contents record. References are checked for range, for
/// direction during construction, and for the .NET type the referring field needs.</summary>
internal sealed class GraphReader(SnapshotReader input, LoadContext context)
{
    private object[] _nodes = [null!];
    private NodeTag[] _tags = [0];
    private int _limit;
    private int _current;

    public SnapshotReader Input { get; } = input;

    public LoadContext Context { get; } = context;

    public void ReadNodes()
    {
        var count = Input.Count("node count");
        _nodes = new object[count + 1];
        _tags = new NodeTag[count + 1];
        for (var i = 1; i <= count; i++)
        {
            _current = i;
            _limit = i;
            var raw = Input.Byte("node tag");
            var codec = NodeCodecs.ForRaw(raw) ?? throw Input.Error($"node #{i} has unknown tag {raw}");
            _tags[i] = (NodeTag)raw;
            _nodes[i] = codec.ReadConstruction(this);
        }
        _limit = count + 1;
        for (var i = 1; i <= count; i++)
        {
            _current = i;
            NodeCodecs.For(_tags[i]).ReadContents(_nodes[i], this);
        }
        _current = 0;
    }

    public T Ref<T>(string what) where T : class => OptionalRef<T>(what) ?? throw Error($"{what} is missing");

    public T? OptionalRef<T>(string what) where T : class
    {
        var id = Input.VarUInt(what);
        if (id == 0) return null;
        if (id >= (ulong)_nodes.Length) throw Error($"{what} refers to node #{id}, but there are only {_nodes.Length - 1} nodes");
        if (id >= (ulong)_limit) throw Error($"{what} refers to node #{id}, which is not built yet (construction references point backwards)");
        return _nodes[id] as T
            ?? throw Error($"{what} refers to node #{id}, a {_tags[id]}, where {Describe(typeof(T))} is required");
    }

    /// <summary>A count-prefixed list of non-null references.</summary>
    public T[] Refs<T>(string what) where T : class
    {
        var count = Input.Count(what + " count");
        var items = new T[count];
        for (var i = 0; i < count; i++) items[i] = Ref<T>(what);
        return items;
    }

    public MontySnapshotException Error(string message) =>
        Input.Error(_current == 0 ? message : $"node #{_current} ({_tags[_current]}): {message}");

    private static string Describe(Type type) => type.Name switch
    {
        "PyObject" => "a value",
        "Object" => "a node",
        var name => "a " + name,
    };
}
