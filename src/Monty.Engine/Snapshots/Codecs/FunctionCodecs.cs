using Monty.Engine.Compilation;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Snapshots.Codecs;

internal sealed class CellCodec : NodeCodec<PyCell>
{
    protected override void Construction(PyCell node, RecordSink sink) { }

    protected override void Contents(PyCell node, RecordSink sink) => sink.Ref(node.Contents);

    protected override PyCell Construct(GraphReader reader) => new();

    protected override void Fill(PyCell node, GraphReader reader) => node.Contents = reader.OptionalRef<PyObject>("cell contents");
}

/// <summary>A user function: code and namespace at construction (the constructor resolves the
/// global slots), then defaults, closure cells, names and attributes.</summary>
internal sealed class FunctionCodec : NodeCodec<PyFunction>
{
    protected override void Construction(PyFunction node, RecordSink sink)
    {
        sink.Ref(node.Code);
        sink.Ref(node.Globals);
        sink.Int(node.Closure is null ? 0 : node.Closure.Length + 1);
    }

    protected override void Contents(PyFunction node, RecordSink sink)
    {
        sink.String(node.Name);
        sink.String(node.QualName);
        sink.Refs(node.Defaults);
        sink.Ref(node.KwDefaults);
        if (node.Closure is not null)
            foreach (var cell in node.Closure) sink.Ref(cell);
        AttributeDict.Write(node.Dict, sink);
    }

    protected override PyFunction Construct(GraphReader reader)
    {
        var code = reader.Ref<CodeObject>("function code");
        var globals = reader.Ref<ModuleNamespace>("function globals");
        var closureCount = reader.Input.Count("closure size");
        var freeVars = code.FreeVars.Length;
        if (closureCount == 0 ? freeVars > 0 : closureCount - 1 != freeVars)
            throw reader.Error($"closure has {Math.Max(0, closureCount - 1)} cells but the code has {freeVars} free variables");
        return new PyFunction(code, globals, [], null, closureCount == 0 ? null : new PyCell[closureCount - 1]);
    }

    protected override void Fill(PyFunction node, GraphReader reader)
    {
        node.Name = reader.Input.String("function name");
        node.QualName = reader.Input.String("function qualname");
        var defaults = reader.Refs<PyObject>("default");
        // The argument binder indexes defaults from the last positional parameter backwards.
        if (defaults.Length > node.Code.ArgCount)
            throw reader.Error($"function has {defaults.Length} defaults for {node.Code.ArgCount} positional parameters");
        node.Defaults = defaults;
        node.KwDefaults = reader.OptionalRef<PyDict>("keyword defaults");
        if (node.Closure is { } closure)
            for (var i = 0; i < closure.Length; i++) closure[i] = reader.Ref<PyCell>("closure cell");
        node.Dict = AttributeDict.Read(reader);
    }
}

internal sealed class BoundMethodCodec : NodeCodec<PyBoundMethod>
{
    protected override void Construction(PyBoundMethod node, RecordSink sink)
    {
        sink.Ref(node.Self);
        sink.Ref(node.Function);
    }

    protected override PyBoundMethod Construct(GraphReader reader) =>
        new(reader.Ref<PyObject>("method self"), reader.Ref<PyObject>("method function"));
}

/// <summary>Host functions are names; a snapshot may only name the functions its session declares.</summary>
internal sealed class HostFunctionCodec : NodeCodec<PyHostFunction>
{
    protected override void Construction(PyHostFunction node, RecordSink sink) => sink.String(node.Name);

    protected override PyHostFunction Construct(GraphReader reader)
    {
        var name = reader.Input.String("host function name");
        if (!reader.Context.IsHostFunction(name)) throw reader.Error($"host function '{name}' is not declared by the session");
        return new PyHostFunction(name);
    }
}

/// <summary>Attribute dicts of functions and exceptions: optional, names to values.</summary>
internal static class AttributeDict
{
    public static void Write(IReadOnlyCollection<KeyValuePair<string, PyObject>>? dict, RecordSink sink)
    {
        sink.Int(dict is null ? 0 : dict.Count + 1);
        if (dict is null) return;
        foreach (var kv in dict)
        {
            sink.String(kv.Key);
            sink.Ref(kv.Value);
        }
    }

    public static Dictionary<string, PyObject>? Read(GraphReader reader)
    {
        var header = reader.Input.Int("attribute count");
        if (header == 0) return null;
        var count = reader.Input.CheckCount((ulong)(header - 1), "attribute count", 2);
        var dict = new Dictionary<string, PyObject>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var name = reader.Input.String("attribute name");
            if (!dict.TryAdd(name, reader.Ref<PyObject>("attribute value"))) throw reader.Error($"attribute '{name}' appears twice");
        }
        return dict;
    }
}
